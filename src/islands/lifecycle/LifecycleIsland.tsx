/**
 * The page statechart, driven for real: every button sends its event to an actor of
 * pageLifecycleMachine, and the diagram, the buttons and the field table follow the actor's
 * snapshot. Before hydration (and without JavaScript) the same component renders the whole
 * diagram, the §4 field table and the list of transitions as static content.
 */
import { useEffect, useState } from 'preact/hooks';
import { LIFECYCLE, type LifecycleEvent, type LifecycleState } from '../../model';
import { Diagram } from './Diagram';
import { EventButtons } from './EventButtons';
import { FieldTable } from './FieldTable';
import { narrate, refusal } from './reasons';
import { TransitionList } from './TransitionList';
import type { LifecycleLayout } from './types';
import { usePageActor } from './usePageActor';
import './lifecycle.css';

interface Props {
  layout: LifecycleLayout;
}

/** The diagram's text alternative for the current state: where the page is, where it may go. */
export function summary(state: LifecycleState): string {
  const next = Object.entries(LIFECYCLE[state]).map(([event, to]) => `${event} to ${to}`);
  const options = next.length
    ? `It accepts ${next.join(' and ')}.`
    : `It accepts no events: ${state} is final.`;
  return `Page lifecycle statechart. Current state: ${state}. ${options}`;
}

function Driver({ layout }: Props) {
  const { snapshot, send, reset } = usePageActor();
  const [said, say] = useState('');
  const state = snapshot.value as LifecycleState;
  const fire = (event: LifecycleEvent) => {
    const reason = refusal(state, event);
    if (reason || !snapshot.can({ type: event })) return say(`Refused. ${reason}`);
    send({ type: event });
    say(narrate(event, state, LIFECYCLE[state][event]!));
  };
  const restart = () => {
    reset();
    say(`Reset: a new page P starts in ${layout.initial.state}.`);
  };
  return (
    <>
      <Diagram layout={layout} current={state} label={summary(state)} />
      <div class="bl-panel lc-controls">
        <p class="lc-now">
          Page P is in <strong>{state}</strong>. Fire an event:
        </p>
        <EventButtons state={state} accepts={(type) => snapshot.can({ type })} onEvent={fire} />
        <div class="lc-footer">
          <button type="button" class="bl-button" onClick={restart}>
            Reset
          </button>
          <p class="lc-say" role="status">
            {said}
          </p>
        </div>
      </div>
      <FieldTable current={state} />
      <details class="lc-all">
        <summary>All transitions (the diagram as text)</summary>
        <TransitionList edges={layout.edges} />
      </details>
    </>
  );
}

function StaticChart({ layout }: Props) {
  const label = `Page lifecycle statechart with ${layout.nodes.length} states and ${layout.edges.length} transitions, listed below.`;
  return (
    <>
      <Diagram layout={layout} current={null} label={label} />
      <p class="lc-now">
        Transitions (a page starts in <code>{layout.initial.state}</code>):
      </p>
      <TransitionList edges={layout.edges} />
      <FieldTable current={null} />
    </>
  );
}

export default function LifecycleIsland({ layout }: Props) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return (
    <div class="lc-layout not-content">
      {mounted ? <Driver layout={layout} /> : <StaticChart layout={layout} />}
    </div>
  );
}
