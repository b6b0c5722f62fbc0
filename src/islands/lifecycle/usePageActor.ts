/**
 * An actor of pageLifecycleMachine that can be replaced by a fresh one. The shared useActor
 * keeps one actor for a component's life; resetting by remounting would also recreate the
 * live region and drop the Reset button's focus, so this hook swaps the actor instead. The
 * actor and its snapshot live in one state value so a reset never renders the old snapshot.
 */
import { useEffect, useState } from 'preact/hooks';
import { createActor, type SnapshotFrom } from '../../machines/actor';
import { pageLifecycleMachine } from '../../machines/pageLifecycle';

type Snapshot = SnapshotFrom<typeof pageLifecycleMachine>;

function fresh() {
  const actor = createActor(pageLifecycleMachine, { input: { page: 'P' } }).start();
  return { actor, snapshot: actor.getSnapshot() as Snapshot };
}

export function usePageActor() {
  const [run, setRun] = useState(fresh);
  const { actor } = run;
  useEffect(() => {
    const subscription = actor.subscribe((snapshot) => setRun({ actor, snapshot }));
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  }, [actor]);
  return { snapshot: run.snapshot, send: actor.send.bind(actor), reset: () => setRun(fresh()) };
}
