/**
 * The lab without JavaScript, rendered at build time inside the island (which replaces it once
 * hydrated), in the live lab's geometry: the lanes at the starting point, the verdict, the shared
 * state drawn and as tables and, when the lesson gives a schedule, the step table of that run. The
 * lesson makes its point even if the island never loads.
 */
import { BALLOON_VARIANTS, CORE_VARIANTS, describeState, play } from '../../model';
import { CpuColumns, CpuSources } from './CpuColumns';
import { StatePanel } from './StatePanel';
import { StepTable } from './StepTable';
import type { LabProps } from './types';
import { VerdictPanel } from './VerdictPanel';
import { verdictOf } from './view';

const labelOf = (list: { id: string; label: string }[], id: string) =>
  list.find((v) => v.id === id)?.label ?? id;

export function LabStatic(p: Omit<LabProps, 'compare'>) {
  const run = play(p.scenario, { balloon: p.balloon, core: p.core }, p.schedule);
  const state = run.snapshots[run.snapshots.length - 1];
  const steps = run.records.length;
  return (
    <div class="lab-static">
      <p class="lab-variants-static">
        Balloon code: <b>{labelOf(BALLOON_VARIANTS, p.balloon)}</b> (<code>{p.balloon}</code>);
        migration core: <b>{labelOf(CORE_VARIANTS, p.core)}</b> (<code>{p.core}</code>).
      </p>
      <div class="lab-stage">
        {/* The live lab's geometry, so the page does not jump when the island replaces this:
            code in its scroll boxes, the tables behind their disclosure (both print whole). */}
        <CpuColumns
          uid={p.uid}
          scenario={p.scenario}
          state={state}
          highlight={p.highlight}
          scroll
        />
        <div class="lab-strip">
          <StatePanel
            uid={p.uid}
            title={steps ? `Shared state after step ${steps}` : 'Shared state at the start'}
            view={describeState(state)}
            state={state}
          />
          <div class="lab-strip-side">
            <VerdictPanel verdict={verdictOf(state)} />
          </div>
        </div>
      </div>
      <CpuSources scenario={p.scenario} state={state} />
      {steps > 0 && (
        <StepTable
          uid={p.uid}
          scenario={p.scenario}
          records={run.records}
          cursor={steps}
          caption={`The run so far: ${steps} steps`}
        />
      )}
      <p class="lab-nojs">
        With JavaScript on, you step the CPUs yourself, undo, switch variants and share the run.
      </p>
    </div>
  );
}
