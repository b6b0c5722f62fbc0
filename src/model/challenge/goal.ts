/**
 * Whether a run meets its challenge's goal. Pure and cheap: the lab asks after every step.
 */
import { outcome } from '../outcome';
import type { KernelState, StepRecord } from '../types';
import type { ChallengeGoal } from './types';

/** The `<CPU>:<part>` pieces of an outcome id or of a `reach` goal. */
export const outcomeParts = (id: string): string[] =>
  id
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** True when the finished run's outcome id has every part the goal names. */
export function outcomeMatches(goalOutcome: string, outcomeId: string): boolean {
  const have = new Set(outcomeParts(outcomeId));
  return outcomeParts(goalOutcome).every((part) => have.has(part));
}

/**
 * Whether the run that led to `state` meets the goal: for `break`, some step on the way broke
 * the invariant (the state remembers every violation seen); for `reach`, the run has ended in
 * the outcome. An `impossible` goal is never met by a run: the build proved no run can break
 * anything, and the lab offers that proof instead.
 */
export function goalMet(goal: ChallengeGoal, state: KernelState): boolean {
  switch (goal.kind) {
    case 'break':
      return state.violations.some((v) => v.invariant === goal.invariant);
    case 'reach': {
      const ended = outcome(state);
      return ended !== null && outcomeMatches(goal.outcome, ended.id);
    }
    case 'impossible':
      return false;
  }
}

/**
 * Whether one step itself hands the learner the goal, i.e. it is the step that breaks the
 * invariant (for `break`) or the state it enters ends the run in the outcome (for `reach`).
 * The hint search uses this on every edge of the state graph.
 */
export function stepMeetsGoal(
  goal: ChallengeGoal,
  record: StepRecord,
  after: KernelState,
): boolean {
  switch (goal.kind) {
    case 'break':
      return record.violations.some((v) => v.invariant === goal.invariant);
    case 'reach':
      return goalMet(goal, after);
    case 'impossible':
      // What a learner tries on an impossible challenge: break anything at all.
      return record.violations.length > 0;
  }
}

/** A stable text for a goal, e.g. `break:list-corruption`, for caches and logs. */
export function goalKey(goal: ChallengeGoal): string {
  switch (goal.kind) {
    case 'break':
      return `break:${goal.invariant}`;
    case 'reach':
      return `reach:${goal.outcome}`;
    case 'impossible':
      return 'impossible';
  }
}
