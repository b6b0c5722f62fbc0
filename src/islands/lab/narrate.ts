/**
 * The narrator: one sentence for the live region after every lab event, read from the tape the
 * machine keeps (StepRecord.narration, and tape.stop when a variant switch cut the schedule) and
 * from whyNot() when a CPU could not run. It never replays. Pure, so every message is unit-tested.
 *
 * It says what happened, never the verdict: the verdict panel beside it is a status region of its
 * own that announces a broken invariant or the ending when it changes, so saying it here too made
 * a screen reader read each verdict twice per step.
 */
import type { LabEvent } from '../../machines/lab';
import { labState, type LabContext } from '../../machines/labContext';
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  stepsWord,
  stopSentence,
  whyNot,
  type Scenario,
} from '../../model';

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** What the live region says after `event` took the lab from `before` to `after`. */
export function narrateChange(
  _scenario: Scenario,
  before: LabContext,
  after: LabContext,
  event: LabEvent,
): string {
  switch (event.type) {
    case 'cpu.step':
      // A step that ran always moves the cursor; one the guard refused leaves it.
      return after.cursor === before.cursor ? refusedStep(before, event.cpu) : stepTaken(after);
    case 'history.undo':
      if (after.cursor === before.cursor) return 'Nothing to undo: this is the start of the run.';
      return `Undid step ${before.cursor}. ${position(after)}`;
    case 'history.redo':
      if (after.cursor === before.cursor) return 'Nothing to redo.';
      return `Redid ${stepTaken(after).replace(/^Step/, 'step')}`;
    case 'history.jump':
      return position(after);
    case 'variant.set':
      return variantChange(before, after);
    case 'run.open':
      return narrateOpened(after);
    case 'reset':
      return 'Reset: back to the start, with an empty schedule.';
  }
}

function refusedStep(c: LabContext, cpu: number): string {
  const why = whyNot(labState(c), cpu);
  return why ? `No step taken: ${why}.` : 'No step taken.';
}

/** "Step 6: CPU B takes balloon_pages_lock; CPU A spins." */
function stepTaken(c: LabContext): string {
  return `Step ${c.cursor}: ${sentence(c.tape.records[c.cursor - 1].narration)}`;
}

/** "At step 3 of 16: CPU A locks P." */
function position(c: LabContext): string {
  const total = c.schedule.length;
  if (c.cursor === 0) return `At the start of the run (step 0 of ${total}).`;
  return `At step ${c.cursor} of ${total}: ${sentence(c.tape.records[c.cursor - 1].narration)}`;
}

/**
 * What the lab says when it opens a run from a link: where it stands and what the last step did
 * (the verdict panel says what broke or how it ended), so a shared link lands on the story.
 */
export function narrateOpened(c: LabContext): string {
  if (c.cursor === 0) return 'Opened the run from the link: at the start, no step taken yet.';
  return `Opened the run from the link at step ${c.cursor} of ${c.schedule.length}. ${stepTaken(c)}`;
}

const label = (list: { id: string; label: string }[], id: string) =>
  list.find((v) => v.id === id)?.label ?? id;

/** Names the new variants and says whether the same schedule still runs, or where it stopped. */
function variantChange(before: LabContext, after: LabContext): string {
  const now = `Balloon code: ${label(BALLOON_VARIANTS, after.balloon)}; migration core: ${label(CORE_VARIANTS, after.core)}.`;
  const kept = after.schedule.length;
  if (kept === before.schedule.length) {
    return kept === 0 ? now : `${now} The same ${stepsWord(kept)} replayed under it.`;
  }
  const stopped = after.tape.stop;
  const why = stopped ? ` because ${stopSentence(stopped, 'here')}` : '';
  return `${now} The schedule was cut from ${stepsWord(before.schedule.length)} to ${stepsWord(kept)}${why}.`;
}
