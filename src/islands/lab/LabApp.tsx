/**
 * The live lab as a stage: one lane per CPU side by side (on a phone one at a time, chosen by
 * chips that show every CPU's status), and under them in the same view the shared state drawn
 * beside the verdict, the cause and the narrator. Then the keys, the lock-aware timeline and the
 * history slider, the variant pickers, the optional comparison, where the code comes from, the
 * step table and the share/notebook row. Keyboard shortcuts are bound on the
 * lab's root, so they only act while focus is inside this lab.
 */
import { useMemo, useState } from 'preact/hooks';
import { cpuStatus, describeState, listPictures } from '../../model';
import { CausePanel } from './stage/CausePanel';
import { FocusToggle } from './stage/FocusToggle';
import { InlineCode } from './stage/InlineCode';
import { LaneChips } from './stage/LaneChips';
import { MiniState } from './stage/MiniState';
import { pictureOf } from './stage/picture';
import { CpuColumns, CpuSources } from './CpuColumns';
import { focusKind, keyCommand } from './keys';
import { useLater } from './later';
import { challengeBar, comparison, hintUse, stepTable, swimlanes } from './parts';
import { SharePanel } from './SharePanel';
import { StatePanel } from './StatePanel';
import { Timeline } from './Timeline';
import type { LabProps } from './types';
import { useLab } from './useLab';
import { VariantPickers } from './VariantPickers';
import { VerdictPanel } from './VerdictPanel';
import { keysHint, verdictOf } from './view';

export function LabApp(p: LabProps) {
  const { ctx, run, state, place, act, current, command, message, setMessage, notice } = useLab(p);
  const [compare, setCompare] = useState(p.compare);
  const [shown, setShown] = useState(0);
  const total = ctx.schedule.length;
  const view = useMemo(() => describeState(state), [state]);
  // Drawn once for the mini state and the state panel, as the verdict is read once for both
  // places that show it.
  const picture = useMemo(() => pictureOf(view, listPictures(state)), [view, state]);
  const verdict = verdictOf(state);
  const before = useMemo(
    () => (ctx.cursor > 0 ? describeState(run.snapshots[ctx.cursor - 1]) : undefined),
    [run, ctx.cursor],
  );
  const last = ctx.cursor > 0 ? run.records[ctx.cursor - 1] : undefined;
  const applied = useMemo(() => ctx.schedule.slice(0, ctx.cursor), [ctx.schedule, ctx.cursor]);
  // Loaded on use (parts.ts): the step table once the run has a step, the comparison once shown,
  // the challenge bar only in a lab with a challenge.
  const steps = useLater(stepTable, total > 0);
  const lanes = useLater(swimlanes, total > 0);
  const designs = useLater(comparison, compare);
  const bar = useLater(challengeBar, p.challenge !== undefined);

  const onKeyDown = (e: KeyboardEvent) => {
    const cmd = keyCommand(e, focusKind(e.target as HTMLInputElement), p.scenario.cpus.length);
    if (!cmd) return;
    e.preventDefault();
    if (cmd.kind === 'step') setShown(cmd.cpu);
    command(cmd);
  };
  const toggleCompare = () => {
    setCompare(!compare);
    setMessage(
      compare
        ? 'Comparison hidden.'
        : 'Comparing this schedule under page-lock, no-page-lock and patched.',
    );
  };

  return (
    <div class="lab-live" onKeyDown={onKeyDown} onPointerOver={hintUse} onFocusIn={hintUse}>
      <FocusToggle say={setMessage} />
      {notice && <p class="bl-notice lab-notice">{notice}</p>}
      {p.challenge && bar && (
        <bar.ChallengeBar challenge={p.challenge} {...{ ctx, state, act }} scenario={p.scenario} />
      )}
      <div class="lab-stage">
        <LaneChips
          uid={p.uid}
          scenario={p.scenario}
          statuses={p.scenario.cpus.map((_, i) => cpuStatus(state, i))}
          shown={shown}
          onShow={setShown}
        />
        <CpuColumns
          uid={p.uid}
          scenario={p.scenario}
          state={state}
          highlight={p.highlight}
          shown={shown}
          action={(cpu) => (
            <button
              type="button"
              class="bl-button bl-primary lab-step"
              aria-disabled={cpuStatus(state, cpu).kind !== 'runnable'}
              onClick={() => act({ type: 'cpu.step', cpu })}
            >
              Step {p.scenario.cpus[cpu].name}
            </button>
          )}
        />
        <div class="lab-strip">
          <MiniState
            verdict={verdict}
            picture={picture}
            cpus={p.scenario.cpus.map((c) => c.name)}
          />
          <StatePanel
            uid={p.uid}
            title={
              ctx.cursor ? `Shared state after step ${ctx.cursor}` : 'Shared state at the start'
            }
            view={view}
            before={before}
            state={state}
            picture={picture}
            ruleI={last?.ruleIUnlocked}
          />
          <div class="lab-strip-side">
            <VerdictPanel verdict={verdict} />
            <CausePanel
              uid={p.uid}
              scenario={p.scenario}
              variants={state.variants}
              records={run.records.slice(0, ctx.cursor)}
              snapshots={run.snapshots.slice(0, ctx.cursor + 1)}
              schedule={applied}
              broken={state.violations.length > 0}
              onJump={(index) => act({ type: 'history.jump', index })}
            />
          </div>
          <div class="lab-narrator">
            <p class="lab-narrator-label">What happened</p>
            <p aria-live="polite" class="lab-narration">
              <InlineCode text={message || 'Nothing yet: step a CPU to begin.'} />
            </p>
          </div>
        </div>
      </div>
      <p class="lab-keys">{keysHint(p.scenario.cpus.length)}</p>
      {lanes && (
        <lanes.Swimlanes
          uid={p.uid}
          scenario={p.scenario}
          snapshots={run.snapshots}
          records={run.records}
          cursor={ctx.cursor}
          onJump={(index) => act({ type: 'history.jump', index })}
        />
      )}
      <Timeline
        uid={p.uid}
        cursor={ctx.cursor}
        total={total}
        onUndo={() => act({ type: 'history.undo' })}
        onRedo={() => act({ type: 'history.redo' })}
        onReset={() => act({ type: 'reset' })}
        onJump={(index) => act({ type: 'history.jump', index })}
      />
      <div class="lab-toolbar">
        <VariantPickers
          uid={p.uid}
          balloon={ctx.balloon}
          core={ctx.core}
          onBalloon={(balloon) => act({ type: 'variant.set', balloon })}
          onCore={(core) => act({ type: 'variant.set', core })}
        />
        <button
          type="button"
          class="bl-button lab-compare-toggle"
          aria-pressed={compare}
          onPointerEnter={comparison.hint}
          onFocus={comparison.hint}
          onClick={toggleCompare}
        >
          Compare lock designs
        </button>
      </div>
      {designs && (
        <designs.ComparePanel
          uid={p.uid}
          steps={applied.length}
          summaries={designs.compareDesigns(p.scenario, ctx.core, applied)}
        />
      )}
      <CpuSources scenario={p.scenario} state={state} />
      {steps && (
        <steps.StepTable
          uid={p.uid}
          scenario={p.scenario}
          records={run.records}
          cursor={ctx.cursor}
          caption={`Steps: ${ctx.cursor} applied, ${total - ctx.cursor} to redo`}
        />
      )}
      <SharePanel
        uid={p.uid}
        scenario={p.scenario}
        place={place}
        current={current}
        say={setMessage}
      />
    </div>
  );
}
