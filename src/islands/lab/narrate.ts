/**
 * The narrator: one sentence for the live region after every lab event, built from what the
 * model recorded (StepRecord.narration, violations, outcome) and from whyNot() when a CPU could
 * not run. Pure, so every message is unit-tested.
 */
import type { LabEvent } from '../../machines/lab';
import { labState, variantsOf, type LabContext } from '../../machines/labContext';
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  outcome,
  replay,
  whyNot,
  type Scenario,
} from '../../model';

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
const stepsWord = (n: number): string => (n === 1 ? '1 step' : `${n} steps`);

/** What the live region says after `event` took the lab from `before` to `after`. */
export function narrateChange(
  scenario: Scenario,
  before: LabContext,
  after: LabContext,
  event: LabEvent,
): string {
  switch (event.type) {
    case 'cpu.step':
      // A step that ran always moves the cursor; one the guard refused leaves it.
      return after.cursor === before.cursor
        ? refusedStep(scenario, before, event.cpu)
        : stepTaken(scenario, after);
    case 'history.undo':
      if (after.cursor === before.cursor) return 'Nothing to undo: this is the start of the run.';
      return `Undid step ${before.cursor}. ${position(scenario, after)}`;
    case 'history.redo':
      if (after.cursor === before.cursor) return 'Nothing to redo.';
      return `Redid ${stepTaken(scenario, after).replace(/^Step/, 'step')}`;
    case 'history.jump':
      return position(scenario, after);
    case 'variant.set':
      return variantChange(scenario, before, after);
    case 'reset':
      return 'Reset: back to the start, with an empty schedule.';
  }
}

function refusedStep(scenario: Scenario, c: LabContext, cpu: number): string {
  const why = whyNot(labState(scenario, c), cpu);
  return why ? `No step taken: ${why}.` : 'No step taken.';
}

/** "Step 6: CPU B takes balloon_pages_lock; CPU A spins." plus what broke or how it ended. */
function stepTaken(scenario: Scenario, c: LabContext): string {
  const run = replay(scenario, variantsOf(c), c.schedule.slice(0, c.cursor));
  const record = run.records[c.cursor - 1];
  const state = run.snapshots[c.cursor];
  const parts = [`Step ${c.cursor}: ${sentence(record.narration)}`];
  for (const v of record.violations) parts.push(`Invariant broken: ${v.message}`);
  const done = outcome(state);
  if (done) parts.push(`Every CPU has finished: ${done.sentence}`);
  return parts.join(' ');
}

/** "At step 3 of 16: CPU A locks P." */
function position(scenario: Scenario, c: LabContext): string {
  const total = c.schedule.length;
  if (c.cursor === 0) return `At the start of the run (step 0 of ${total}).`;
  const run = replay(scenario, variantsOf(c), c.schedule.slice(0, c.cursor));
  const last = run.records[c.cursor - 1];
  const broken =
    run.snapshots[c.cursor].violations.length > 0 ? ' An invariant is broken here.' : '';
  return `At step ${c.cursor} of ${total}: ${sentence(last.narration)}${broken}`;
}

const label = (list: { id: string; label: string }[], id: string) =>
  list.find((v) => v.id === id)?.label ?? id;

/** Names the new variants and says whether the same schedule still runs, or where it stopped. */
function variantChange(scenario: Scenario, before: LabContext, after: LabContext): string {
  const now = `Balloon code: ${label(BALLOON_VARIANTS, after.balloon)}; migration core: ${label(CORE_VARIANTS, after.core)}.`;
  const kept = after.schedule.length;
  if (kept === before.schedule.length) {
    return kept === 0 ? now : `${now} The same ${stepsWord(kept)} replayed under it.`;
  }
  const stopped = replay(scenario, variantsOf(after), before.schedule).stoppedAt;
  const why = stopped
    ? ` because step ${stopped.index + 1} cannot run here: ${stopped.reason}`
    : '';
  return `${now} The schedule was cut from ${stepsWord(before.schedule.length)} to ${stepsWord(kept)}${why}.`;
}
