/**
 * Saving notes as the learner types: the typed notes are stored once typing pauses (and when the
 * page is hidden or left), not on every keystroke, because each store serialises every saved run.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';

const PAUSE_MS = 400;

export interface NoteSaver {
  /** Remembers a run's new note and stores it once typing pauses. */
  later: (id: string, note: string) => void;
  /** Stores every remembered note now. */
  flush: () => void;
}

/** `store` receives the notes typed since the last store (run id → note). */
export function useDebouncedNotes(store: (notes: Map<string, string>) => void): NoteSaver {
  const pending = useRef(new Map<string, string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const storeRef = useRef(store);
  storeRef.current = store;
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current.size === 0) return;
    const notes = pending.current;
    pending.current = new Map();
    storeRef.current(notes);
  }, []);
  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);
  const later = useCallback(
    (id: string, note: string) => {
      pending.current.set(id, note);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, PAUSE_MS);
    },
    [flush],
  );
  return { later, flush };
}
