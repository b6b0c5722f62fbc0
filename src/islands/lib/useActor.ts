/**
 * Runs an XState actor for the lifetime of a Preact component and re-renders on every snapshot:
 * the Preact counterpart of @xstate/react's useActor, in a dozen lines.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createActor, type AnyActorLogic, type ActorOptions, type SnapshotFrom } from 'xstate';

export function useActor<Logic extends AnyActorLogic>(logic: Logic, options?: ActorOptions<Logic>) {
  // The actor is created once; later changes to `logic` or `options` are deliberately ignored.
  const actor = useMemo(() => createActor(logic, options).start(), []);
  const [snapshot, setSnapshot] = useState<SnapshotFrom<Logic>>(actor.getSnapshot());
  useEffect(() => {
    const subscription = actor.subscribe((next) => setSnapshot(next));
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  }, [actor]);
  const send = useMemo(() => actor.send.bind(actor), [actor]);
  return [snapshot, send, actor] as const;
}
