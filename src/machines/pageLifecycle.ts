/**
 * The page lifecycle statechart (docs/kernel-model.md §4), built from the model's plain table so
 * the two can never drift apart. Event types are the §4 names (INSERT, DEQUEUE, …), the same
 * strings StepRecord.events carries, so a widget forwards them unchanged.
 */
import { assign, createMachine } from 'xstate';
import { LIFECYCLE, LIFECYCLE_STATES, type LifecycleEvent, type LifecycleState } from '../model';

/** Events the statechart takes. */
export type PageLifecycleEvent = { type: LifecycleEvent };

/** Context: which page this chart follows and the last event it accepted. */
export interface PageLifecycleContext {
  page: string;
  last: LifecycleEvent | null;
}

const states = Object.fromEntries(
  LIFECYCLE_STATES.map((s: LifecycleState) => [
    s,
    {
      ...(s === 'freed' ? { type: 'final' as const } : {}),
      on: Object.fromEntries(
        Object.entries(LIFECYCLE[s]).map(([event, target]) => [
          event,
          { target, actions: 'noteEvent' as const },
        ]),
      ),
    },
  ]),
);

/**
 * One page's lifecycle; input { page } names it. createMachine(config, implementations), not
 * setup(): setup() drags every built-in action's helper into the XState chunk the lab shares.
 */
export const pageLifecycleMachine = createMachine(
  {
    types: {
      context: {} as PageLifecycleContext,
      events: {} as PageLifecycleEvent,
      input: {} as { page?: string } | undefined,
    },
    id: 'pageLifecycle',
    initial: 'inflating',
    context: ({ input }) => ({ page: input?.page ?? 'P', last: null }),
    states,
  },
  {
    actions: {
      noteEvent: assign({ last: ({ event }) => event.type }),
    },
  },
);
