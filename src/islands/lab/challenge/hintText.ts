/**
 * The model's hints in words. The model (hintAt) answers from the whole state graph: whether the
 * goal is still reachable from the run's current state and in how many steps at least, how far to
 * undo once it is not, and which CPUs' next steps keep it in reach. The lab reveals them in two
 * levels after the author's text hints: first the distance (or the undo), then the moves.
 */
import type { Hint } from '../../../model';

/** One revealed model hint: its sentence and, for "undo to step 5", the step to jump to. */
export interface HintLine {
  text: string;
  undoTo?: number;
}

const more = (n: number) => `${n} more ${n === 1 ? 'step' : 'steps'}`;
const stepName = (n: number) => (n === 0 ? 'the start' : `step ${n}`);

/** The first model hint: how far the goal is, or where the run lost it. */
export function distanceHint(hint: Hint, impossible: boolean): HintLine {
  if (hint.met) return { text: 'This run already meets the goal.' };
  if (hint.reachable) {
    return {
      text: `From here the goal is still reachable — at least ${more(hint.minMoreSteps ?? 0)}.`,
    };
  }
  if (hint.undoTo !== undefined) {
    return {
      text: `From here no interleaving reaches the goal any more: undo to ${stepName(hint.undoTo)}.`,
      undoTo: hint.undoTo,
    };
  }
  return {
    text: impossible
      ? 'No interleaving from here breaks an invariant, and none from the start does either: ask for the proof.'
      : 'No interleaving reaches the goal, not even from the start.',
  };
}

const names = (cpus: string[]) =>
  cpus.length === 1
    ? `Step ${cpus[0]}`
    : `${cpus
        .slice(0, -1)
        .map((c) => `Step ${c}`)
        .join(', ')} and Step ${cpus.at(-1)}`;

/** The second model hint: which of the CPUs that can step keep the goal in reach. */
export function movesHint(hint: Hint): HintLine {
  if (hint.met) return { text: 'Nothing is left to reach: the goal is met.' };
  if (hint.ofMoves === 0) return { text: 'No CPU can step any more: this run has ended.' };
  const of = `Of the ${hint.ofMoves} CPUs’ next moves`;
  if (hint.keepMoves.length === 0) return { text: `${of}, none keeps the goal reachable.` };
  if (hint.keepMoves.length === hint.ofMoves) {
    return {
      text:
        hint.ofMoves === 1
          ? `Only one CPU can step, and ${names(hint.keepMoves)} keeps the goal reachable.`
          : `${of}, every one keeps the goal reachable.`,
    };
  }
  const only = hint.keepMoves.length === 1 ? 'only ' : '';
  const verb = hint.keepMoves.length === 1 ? 'keeps' : 'keep';
  return { text: `${of}, ${only}${names(hint.keepMoves)} ${verb} the goal reachable.` };
}
