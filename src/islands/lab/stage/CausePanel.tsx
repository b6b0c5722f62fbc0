/**
 * The cause beside the verdict, where the race happens: the model's causal chain (causeOf) as
 * steps, each a button that scrubs the lab there, and the fix with "replay this schedule under
 * the patched code", which says where the patched code stops the same schedule and why. Not a
 * live region: the verdict announces the break; focus moves here only if the learner tabs on.
 */
import { useMemo, useState } from 'preact/hooks';
import type { KernelState, Scenario, StepRecord, Variants } from '../../../model';
import { later, useLater } from '../later';
import { InlineCode } from './InlineCode';

export const causeModule = later(() => import('./causeModule'));

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

export function CausePanel(p: CausePanelProps) {
  const m = useLater(causeModule, p.broken);
  const [fixShown, setFixShown] = useState<string>('');
  const key = `${p.variants.balloon}/${p.variants.core}/${p.schedule.join('.')}`;
  const cause = useMemo(
    () => (m ? m.causeOf(p.scenario, p.variants, p.records, p.snapshots) : null),
    [m, key, p.records.length],
  );
  if (!cause) return null;
  const fix = cause.fix;
  const replayed =
    fixShown === key && fix ? m?.replayUnderFix(p.scenario, cause, p.schedule) : null;
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
