/** Checking a prediction: the learner's choice must be exactly the set of right options. */
import type { PredictQuestion } from './types';

/** True when `chosen` holds every right value and nothing else. */
export function isRightPrediction(
  q: Pick<PredictQuestion, 'correct'>,
  chosen: readonly string[],
): boolean {
  const picked = new Set(chosen);
  return picked.size === q.correct.length && q.correct.every((value) => picked.has(value));
}

/** Adds or removes a value (checkboxes) or replaces the choice (radio buttons). */
export function toggleChoice(
  chosen: readonly string[],
  value: string,
  multiple: boolean,
): string[] {
  if (!multiple) return [value];
  return chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
}

/** The labels of the right options, for "The answer: …". */
export function rightLabels(q: Pick<PredictQuestion, 'correct' | 'options'>): string[] {
  return q.options.filter((o) => q.correct.includes(o.value)).map((o) => o.label);
}
