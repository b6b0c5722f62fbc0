/**
 * Parts of the lab that no reader needs before they use the lab (XState and the lab machine, the
 * narrator, the step table, the comparison, share-link writing) load with dynamic import(), so a
 * lesson with every widget live stays inside its JavaScript budget. `hint()` starts the fetch when
 * the lab comes on screen (LabIsland) or the reader shows intent (pointer over or focus in the lab),
 * so the module is normally in hand by the time the click or key press arrives; `with()` queues
 * work until it is.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Later<M> {
  /** The module, once loaded. */
  now(): M | undefined;
  /** The module, loading it on first call; a failed fetch is retried on the next call. */
  get(): Promise<M>;
  /** Starts loading; never throws (a failure is retried on the next get or hint). */
  hint(): void;
  /** Runs `use` with the module: now if it is here, else once it loads (`failed` if it cannot). */
  with(use: (m: M) => void, failed?: () => void): void;
}

export function later<M>(load: () => Promise<M>): Later<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  const get = (): Promise<M> =>
    (pending ??= load().then(
      (m) => (module = m),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return {
    now: () => module,
    get,
    // Called on every pointerover: cheap once the fetch has started.
    hint: () => void (pending ?? get().catch(() => undefined)),
    // Callbacks queued on the same promise run in order, before any later event: no reordering.
    with: (use, failed = () => undefined) => (module ? use(module) : void get().then(use, failed)),
  };
}

/** The module for a view that needs it: loads it when `needed` and re-renders once it is here. */
export function useLater<M>(part: Later<M>, needed: boolean): M | undefined {
  const [, loaded] = useState(0);
  const module = part.now();
  useEffect(() => {
    if (needed && !module)
      part.get().then(
        () => loaded((n) => n + 1),
        () => undefined,
      );
  }, [needed, module]);
  return needed ? module : undefined;
}
