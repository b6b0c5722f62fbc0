/**
 * The narrator: one sentence for the live region after every lab event, read from the tape the
 * machine keeps (StepRecord.narration, violations, outcome, and tape.stop when a variant switch
 * cut the schedule) and from whyNot() when a CPU could not run. It never replays. Pure, so every
 * message is unit-tested.
 */
import type { LabEvent } from '../../machines/lab';
import { labState, type LabContext } from '../../machines/labContext';
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  outcome,
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

/** "Step 6: CPU B takes balloon_pages_lock; CPU A spins." plus what broke or how it ended. */
function stepTaken(c: LabContext): string {
  const record = c.tape.records[c.cursor - 1];
  const parts = [`Step ${c.cursor}: ${sentence(record.narration)}`];
  for (const v of record.violations) parts.push(`Invariant broken: ${v.message}`);
  const done = outcome(labState(c));
  if (done) parts.push(`Every CPU has finished: ${done.sentence}`);
  return parts.join(' ');
}

/** "At step 3 of 16: CPU A locks P." */
function position(c: LabContext): string {
  const total = c.schedule.length;
  if (c.cursor === 0) return `At the start of the run (step 0 of ${total}).`;
  const last = c.tape.records[c.cursor - 1];
  const broken = labState(c).violations.length > 0 ? ' An invariant is broken here.' : '';
  return `At step ${c.cursor} of ${total}: ${sentence(last.narration)}${broken}`;
}

/**
 * What the lab says when it opens a run from a link: where it stands and what the last step
 * did, with the broken invariant or the ending, so a shared link lands on the story.
 */
export function narrateOpened(c: LabContext): string {
  if (c.cursor === 0) return 'Opened the run from the link: at the start, no step taken yet.';
  const parts = [`Opened the run from the link at step ${c.cursor} of ${c.schedule.length}.`];
  const record = c.tape.records[c.cursor - 1];
  parts.push(`Step ${c.cursor}: ${sentence(record.narration)}`);
  const state = labState(c);
  for (const v of state.violations) parts.push(`Invariant broken: ${v.message}`);
  const done = outcome(state);
  if (done) parts.push(`Every CPU has finished: ${done.sentence}`);
  return parts.join(' ');
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
