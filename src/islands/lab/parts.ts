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

/** The reader is near the lab (pointer over it, focus in it): fetch what an event will need. */
export function hintUse(): void {
  engine.hint();
  stepTable.hint();
  swimlanes.hint();
}
