/**
 * The page lifecycle of docs/kernel-model.md §4 as plain data. The XState machine in
 * src/machines/pageLifecycle.ts is built from this table, and a test checks that both agree.
 */

/** Lifecycle states, in the order the statechart draws them. */
export const LIFECYCLE_STATES = [
  'inflating',
  'onList',
  'isolated',
  'migrating',
  'deflated',
  'freed',
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** Lifecycle events: the linearization points in the code. */
export const LIFECYCLE_EVENTS = [
  'INSERT',
  'DEQUEUE',
  'ISOLATE',
  'PUTBACK',
  'MIGRATE_START',
  'MIGRATE_FAIL',
  'MIGRATE_DONE',
  'FREE',
] as const;
export type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

/**
 * states × events → next state. An event missing here is refused: the modelled kernel has a
 * bug. `inflating --FREE--> freed` is our addition: the core frees a migration target that
 * never got inserted when the driver answers -EAGAIN.
 */
export const LIFECYCLE: Record<LifecycleState, Partial<Record<LifecycleEvent, LifecycleState>>> = {
  inflating: { INSERT: 'onList', FREE: 'freed' },
  onList: { DEQUEUE: 'deflated', ISOLATE: 'isolated' },
  isolated: { PUTBACK: 'onList', MIGRATE_START: 'migrating' },
  migrating: { MIGRATE_FAIL: 'isolated', MIGRATE_DONE: 'deflated' },
  deflated: { FREE: 'freed' },
  freed: {},
};

/** The statechart's pure transition: the next state, or null when the event is refused. */
export function lifecycleNext(state: LifecycleState, event: LifecycleEvent): LifecycleState | null {
  return LIFECYCLE[state][event] ?? null;
}
