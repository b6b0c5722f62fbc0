/**
 * One button per lifecycle event. Refused events stay focusable (aria-disabled rather than
 * disabled) so keyboard and screen-reader users meet them and hear why; the reason is also
 * visible next to the button.
 */
import { useId } from 'preact/hooks';
import { LIFECYCLE, LIFECYCLE_EVENTS, type LifecycleEvent, type LifecycleState } from '../../model';
import { refusal } from './reasons';

interface Props {
  state: LifecycleState;
  /** Whether the running machine accepts the event (snapshot.can). */
  accepts: (event: LifecycleEvent) => boolean;
  onEvent: (event: LifecycleEvent) => void;
}

function EventRow({
  event,
  state,
  accepted,
  onEvent,
}: {
  event: LifecycleEvent;
  state: LifecycleState;
  accepted: boolean;
  onEvent: Props['onEvent'];
}) {
  const id = useId();
  const why = accepted ? `${state} → ${LIFECYCLE[state][event]}` : refusal(state, event);
  return (
    <li class="lc-event" data-accepted={accepted ? 'true' : 'false'}>
      <button
        type="button"
        class={`bl-button${accepted ? ' bl-primary' : ''}`}
        aria-disabled={accepted ? undefined : 'true'}
        aria-describedby={id}
        onClick={() => onEvent(event)}
      >
        {event}
      </button>
      <span id={id} class="lc-why">
        {!accepted && <span aria-hidden="true">✕ </span>}
        {why}
      </span>
    </li>
  );
}

export function EventButtons({ state, accepts, onEvent }: Props) {
  return (
    <ul class="lc-events">
      {LIFECYCLE_EVENTS.map((event) => (
        <EventRow
          key={event}
          event={event}
          state={state}
          accepted={accepts(event)}
          onEvent={onEvent}
        />
      ))}
    </ul>
  );
}
