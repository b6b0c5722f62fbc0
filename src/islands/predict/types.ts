/**
 * What a <Predict> question looks like once the build has asked the model: plain JSON, so the
 * island only compares the learner's choice with answers it was given and never runs a rule itself.
 */

/** The three questions a paused run can ask. */
export const PREDICT_ASKS = ['next-cpu', 'private', 'isolation'] as const;
export type PredictAsk = (typeof PREDICT_ASKS)[number];

/** One answer the learner can pick. */
export interface PredictOption {
  value: string;
  label: string;
}

/** A question with its answers computed from the model at build time. */
export interface PredictQuestion {
  ask: PredictAsk;
  prompt: string;
  /** True when several options may be right (checkboxes), else one (radio buttons). */
  multiple: boolean;
  options: PredictOption[];
  /** The values of every right option. */
  correct: string[];
  /** The answer in one sentence, e.g. "Only CPU A can run next." */
  reason: string;
  /** The model's evidence: one line per CPU, or the ways the run can end. */
  details: string[];
}
