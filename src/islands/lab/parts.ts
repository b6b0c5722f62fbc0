/**
 * The lab's parts that load on use (later.ts): the engine its first event needs (XState, the lab
 * machine, the narrator, the link writer), the step table and the lock-aware timeline (shown once
 * the run has a step: a lab opened with a schedule needs them before any event, without the
 * engine), the comparison, which few readers open, and the challenge bar, which only a lab with
 * a challenge needs (LabIsland waits for it before it goes live, so the goal never flickers).
 */
import { later } from './later';

export const engine = later(() => import('./engine'));
export const stepTable = later(() => import('./StepTable'));
export const swimlanes = later(() => import('./stage/Swimlanes'));
export const comparison = later(() => import('./comparison'));
export const challengeBar = later(() => import('./challenge/ChallengeBar'));

/**
 * What hintUse() fetches, by source module, and the challenge bar's: Lab.astro hands them to
 * client:visible-preload, so the browser asks for them, with the island's own chunks, the moment
 * the lab comes into view (src/site/preload). Keep them in step with hintUse().
 */
export const FIRST_USE_PARTS = ['engine', 'StepTable', 'Swimlanes'];
export const CHALLENGE_PART = 'ChallengeBar';

/** The reader is near the lab (pointer over it, focus in it): fetch what an event will need. */
export function hintUse(): void {
  engine.hint();
  stepTable.hint();
  swimlanes.hint();
}
