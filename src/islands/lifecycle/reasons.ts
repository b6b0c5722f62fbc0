/**
 * Sentences about the statechart: why an event is refused in a state, and what an accepted one
 * did. Which states accept an event is read from the model's LIFECYCLE table; only the short
 * kernel explanation per event is written here, as display text.
 */
import { LIFECYCLE, LIFECYCLE_STATES, type LifecycleEvent, type LifecycleState } from '../../model';
import { OWNER_SENTENCE } from '../../model/lifecycleFields';

/** Why an event needs the states it needs, in the kernel's terms. */
const EVENT_WHY: Record<LifecycleEvent, string> = {
  INSERT: 'balloon_page_insert() links only a freshly allocated page into the balloon',
  DEQUEUE: 'the dequeue loop only sees pages on the balloon list',
  ISOLATE: 'an isolated page must be on the balloon list first',
  PUTBACK: 'only a page that compaction isolated can be put back',
  MIGRATE_START: 'the core migrates only pages it has isolated',
  MIGRATE_FAIL: 'only a migration in progress can fail with -EAGAIN',
  MIGRATE_DONE: 'only a migration in progress can finish',
  FREE: 'a page is freed once nobody uses it: after deflation, or a migration target that never got inserted',
};

/** The states in which `event` is accepted, in drawing order. */
export function statesAccepting(event: LifecycleEvent): LifecycleState[] {
  return LIFECYCLE_STATES.filter((s) => LIFECYCLE[s][event] !== undefined);
}

/** Why `event` is refused in `state`, or null when the statechart accepts it. */
export function refusal(state: LifecycleState, event: LifecycleEvent): string | null {
  if (LIFECYCLE[state][event] !== undefined) return null;
  if (Object.keys(LIFECYCLE[state]).length === 0) {
    return `${event} is not accepted in ${state}: ${state} is final, the page is gone.`;
  }
  const from = statesAccepting(event).join(' or ');
  return `${event} is not accepted in ${state}: ${EVENT_WHY[event]} (it applies in ${from}).`;
}

/** The live-region sentence for an accepted event. */
export function narrate(event: LifecycleEvent, from: LifecycleState, to: LifecycleState): string {
  return `${event}: ${from} → ${to}. ${OWNER_SENTENCE[to]}`;
}
