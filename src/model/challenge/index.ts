/** Challenges: goals, their test after every step, and hints from the state graph. */
export type { BuiltChallenge, Challenge, ChallengeGoal, ChallengeProof } from './types';
export { goalKey, goalMet, outcomeMatches, outcomeParts, stepMeetsGoal } from './goal';
export { hintAt, hintLevels } from './hint';
export type { Hint } from './hint';
export { GOAL_GRAPH_MAX_STATES, GoalGraphCapError, goalGraph } from './graph';
export type { GoalEdge, GoalGraph } from './graph';
