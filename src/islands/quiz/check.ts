/**
 * Answer checking for <Quiz>: pure functions over the options, so the rules (which explanations
 * show, what the live region says) are unit-tested without a browser. The first checked answer
 * is the one recorded; every later check is a retry and says so.
 */
import type { QuizOption } from './types';

/** What the learner has done so far. */
export interface QuizState {
  /** Index of the selected option, or -1. */
  selected: number;
  /** Index of the option last checked, or -1 before the first "Check answer". */
  checked: number;
  /** True once the learner asked for every explanation. */
  showAll: boolean;
  /** Index of the first checked option (the recorded one), or -1 before any. */
  first: number;
  /** True when the last check was a retry, after the recorded first answer. */
  retry: boolean;
}

export const initialQuiz = (): QuizState => ({
  selected: -1,
  checked: -1,
  showAll: false,
  first: -1,
  retry: false,
});

/** The quiz as it stood when the learner left: their recorded first answer, checked. */
export const recordedQuiz = (first: number): QuizState => ({
  ...initialQuiz(),
  selected: first,
  checked: first,
  first,
});

/** The state after "Check answer" on the selected option. */
export const checkQuiz = (state: QuizState): QuizState =>
  state.first < 0
    ? { ...state, checked: state.selected, first: state.selected, retry: false }
    : { ...state, checked: state.selected, retry: true };

/** Whether the checked answer is right; null before any check. */
export function verdictOf(options: readonly QuizOption[], state: QuizState): boolean | null {
  return state.checked < 0 ? null : options[state.checked].correct;
}

/** Which options' explanations are visible: the checked one, or all after a right answer or on request. */
export function visibleExplanations(options: readonly QuizOption[], state: QuizState): boolean[] {
  const all = state.showAll || verdictOf(options, state) === true;
  return options.map((_, i) => all || i === state.checked);
}

/** The verdict's words: a retry is never announced as a plain "Correct". */
export const verdictWords = (retry: boolean): [string, string] =>
  retry ? ['Right on a retry', 'Wrong again'] : ['Correct', 'Incorrect'];

/** What the live region says after a check (the verdict word comes from <Mark>), or null before. */
export function feedback(
  options: readonly QuizOption[],
  state: QuizState,
): { right: boolean; text: string } | null {
  const right = verdictOf(options, state);
  if (right === null) return null;
  const { explain } = options[state.checked];
  const first = options[state.first];
  const recorded =
    state.retry && first
      ? ` Your first answer, “${first.text}” (${first.correct ? 'right' : 'wrong'}), is the one recorded.`
      : '';
  const invite = right ? '' : ' Try another answer, or show all explanations.';
  return { right, text: `${explain}${invite}${recorded}` };
}
