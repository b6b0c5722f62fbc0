/** The lifecycle statechart agrees with the model's table for every (state, event) pair. */
import { describe, expect, it } from 'vitest';
import { createActor, getInitialSnapshot, initialTransition, transition } from 'xstate';
import { LIFECYCLE_EVENTS, LIFECYCLE_STATES, lifecycleNext } from '../../src/model';
import { pageLifecycleMachine } from '../../src/machines';

describe('pageLifecycleMachine', () => {
  it('starts in inflating, with the page named by input', () => {
    const [snap] = initialTransition(pageLifecycleMachine, { page: 'Q' });
    expect(snap.value).toBe('inflating');
    expect(snap.context).toEqual({ page: 'Q', last: null });
  });

  for (const state of LIFECYCLE_STATES) {
    for (const event of LIFECYCLE_EVENTS) {
      const expected = lifecycleNext(state, event);
      it(`${state} --${event}--> ${expected ?? 'refused'}`, () => {
        const from = pageLifecycleMachine.resolveState({
          value: state,
          context: { page: 'P', last: null },
        });
        const [next] = transition(pageLifecycleMachine, from, { type: event });
        expect(next.value).toBe(expected ?? state);
        expect(next.context.last).toBe(expected ? event : null);
      });
    }
  }

  it('follows a whole migration as an actor', () => {
    const actor = createActor(pageLifecycleMachine, { input: { page: 'P' } }).start();
    for (const type of [
      'INSERT',
      'ISOLATE',
      'MIGRATE_START',
      'MIGRATE_FAIL',
      'MIGRATE_START',
      'MIGRATE_DONE',
      'FREE',
    ] as const) {
      actor.send({ type });
    }
    expect(actor.getSnapshot().value).toBe('freed');
    expect(actor.getSnapshot().status).toBe('done');
    expect(getInitialSnapshot(pageLifecycleMachine, {}).value).toBe('inflating');
  });
});
