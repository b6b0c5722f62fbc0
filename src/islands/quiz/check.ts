/**
 * Answer checking for <Quiz>: pure functions over the options, so the rules (which explanations
 * show, what the live region says) are unit-tested without a browser.
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
}

export const initialQuiz = (): QuizState => ({ selected: -1, checked: -1, showAll: false });

/** Whether the checked answer is right; null before any check. */
export function verdictOf(options: readonly QuizOption[], state: QuizState): boolean | null {
  return state.checked < 0 ? null : options[state.checked].correct;
}

/** Which options' explanations are visible: the checked one, or all after a right answer or on request. */
export function visibleExplanations(options: readonly QuizOption[], state: QuizState): boolean[] {
  const all = state.showAll || verdictOf(options, state) === true;
  return options.map((_, i) => all || i === state.checked);
}

/** What the live region says after a check (the verdict word comes from <Mark>), or null before. */
export function feedback(
  options: readonly QuizOption[],
  state: QuizState,
): { right: boolean; text: string } | null {
  const right = verdictOf(options, state);
  if (right === null) return null;
  const { explain } = options[state.checked];
  return {
    right,
    text: right ? explain : `${explain} Try another answer, or show all explanations.`,
  };
}
