/**
 * The lab's parts that load on use (later.ts): the engine its first event needs (XState, the lab
 * machine, the narrator, the link writer), the step table and the lock-aware timeline (shown once
 * the run has a step: a lab opened with a schedule needs them before any event, without the
 * engine), and the comparison,
 * which few readers open.
 */
import { later } from './later';

export const engine = later(() => import('./engine'));
export const stepTable = later(() => import('./StepTable'));
export const swimlanes = later(() => import('./stage/Swimlanes'));
export const comparison = later(() => import('./comparison'));

/** The reader is near the lab (pointer over it, focus in it): fetch what an event will need. */
export function hintUse(): void {
  engine.hint();
  stepTable.hint();
  swimlanes.hint();
}
