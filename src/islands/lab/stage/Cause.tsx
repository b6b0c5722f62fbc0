/**
 * The cause beside the verdict, where the race happens: the model's causal chain (causeOf) as
 * steps, each a button that scrubs the lab there, and the fix with "replay this schedule under
 * the patched code", which says where the patched code stops the same schedule and why. Not a
 * live region: the verdict announces the break; focus moves here only if the learner tabs on.
 * Loaded on use with the cause finder (causeModule.ts, CausePanel.tsx).
 */
import { useMemo } from 'preact/hooks';
import {
  causeOf,
  replayUnderFix,
  type KernelState,
  type Scenario,
  type StepRecord,
  type Variants,
} from '../../../model';
import { InlineCode } from './InlineCode';

export interface CausePanelProps {
  uid: string;
  scenario: Scenario;
  variants: Variants;
  /** The applied steps and their snapshots (snapshots[0] is the start). */
  records: StepRecord[];
  snapshots: KernelState[];
  schedule: number[];
  broken: boolean;
  onJump: (index: number) => void;
}

/** The replay asked for: the run's key (variants and schedule) when "Replay" was pressed, or ''. */
export interface FixShown {
  fixShown: string;
  setFixShown: (key: string) => void;
}

export function Cause({ fixShown, setFixShown, ...p }: CausePanelProps & FixShown) {
  const key = `${p.variants.balloon}/${p.variants.core}/${p.schedule.join('.')}`;
  const cause = useMemo(
    () => causeOf(p.scenario, p.variants, p.records, p.snapshots),
    [key, p.records.length],
  );
  if (!cause) return null;
  const fix = cause.fix;
  const replayed = fixShown === key && fix ? replayUnderFix(p.scenario, cause, p.schedule) : null;
  return (
    <section
      class="lab-cause"
      aria-labelledby={`${p.uid}-cause ${p.uid}-title`}
      data-cause={cause.kind}
    >
      <p class="lab-cause-label" id={`${p.uid}-cause`}>
        <b>Why it broke</b>
      </p>
      <ol class="lab-cause-steps">
        {cause.steps.map((s) => (
          <li key={s.step} data-cause-step={s.step}>
            <button
              type="button"
              class="lab-cause-jump"
              aria-label={`Go to step ${s.step}`}
              onClick={() => p.onJump(s.step)}
            >
              Step {s.step}
            </button>{' '}
            <InlineCode text={s.text} />.
          </li>
        ))}
      </ol>
      {fix && (
        <div class="lab-fix">
          <p>{fix.text.replace(/ — replay this schedule under .*$/, '.')}</p>
          <button type="button" class="bl-button lab-fix-replay" onClick={() => setFixShown(key)}>
            Replay this schedule under{' '}
            {fix.variants.balloon !== p.variants.balloon
              ? 'the patched code'
              : `the core variant ${fix.variants.core}`}
          </button>
          <p
            class="lab-fix-result"
            aria-live="polite"
            data-stopped={replayed?.replay.stoppedAt ? '' : undefined}
          >
            {replayed && (
              <>
                <b aria-hidden="true">{replayed.replay.stoppedAt ? '⏹ ' : '✓ '}</b>
                <InlineCode text={replayed.sentence} />
              </>
            )}
          </p>
        </div>
      )}
    </section>
  );
}
