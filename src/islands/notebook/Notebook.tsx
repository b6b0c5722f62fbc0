/**
 * The learner's notebook of saved runs, read from localStorage: each run replayed with the model,
 * notes editable, export as Markdown or JSON, import JSON (validated, merged by run id). Every
 * change is announced in a polite live region. Data that cannot be read is kept aside, never
 * written over (storage.ts); a newer version's notebook is read-only here.
 *
 * A notebook can hold thousands of runs, so cards are shown a page at a time, a card re-renders
 * only when its own run changes, and typed notes are stored once the typing pauses.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Scenario } from '../../model';
import { emptyNotebook, NOTEBOOK_KEY, type Notebook as Book } from '../lib/storage';
import { KeptAside } from '../progress/KeptAside';
import { withNote } from './entries';
import { RunList } from './RunList';
import { changeNotebook, loadNotebook, saveNotes } from './store';
import { Toolbar } from './Toolbar';
import { useDebouncedNotes } from './useDebouncedSave';
import './notebook.css';

interface Props {
  scenarios: Scenario[];
  /** Scenario id → the first lesson whose lab runs it. */
  labPages: Record<string, string>;
}

interface Shown {
  book: Book;
  readOnly: boolean;
}

/** Applies a change to the stored notebook and announces `said`, or the storage's refusal. */
export type Commit = (change: (nb: Book) => Book, said: () => string) => void;

export default function Notebook(props: Props) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [notice, setNotice] = useState('');
  const read = useCallback(() => {
    const loaded = loadNotebook();
    setShown({ book: loaded.value, readOnly: loaded.readOnly ?? false });
    if (loaded.notice) setNotice(loaded.notice);
  }, []);
  const notes = useDebouncedNotes((typed) => {
    const refused = saveNotes(typed);
    if (refused) setNotice(refused);
  });
  useEffect(() => {
    read();
    // Another tab (a lesson's "Save to notebook") may add runs while this page is open: store
    // the notes typed here first, then show what is stored.
    const onStorage = (e: StorageEvent) => {
      if (e.key !== NOTEBOOK_KEY) return;
      notes.flush();
      read();
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [read, notes.flush]);
  const commit: Commit = (change, said) => {
    notes.flush();
    const stored = changeNotebook(change);
    setShown({ book: stored.value, readOnly: stored.readOnly ?? false });
    setNotice(stored.notice ?? said());
  };
  const onNote = useCallback(
    (id: string, note: string) => {
      setShown((s) => s && { ...s, book: withNote(s.book, id, note) });
      notes.later(id, note);
    },
    [notes.later],
  );
  const book = shown?.book ?? null;
  const readOnly = shown?.readOnly ?? false;
  return (
    <div class="notebook" data-ready={shown ? 'true' : undefined}>
      {shown && (
        <KeptAside
          storageKey={NOTEBOOK_KEY}
          what="notebook"
          readOnly={readOnly}
          fresh={emptyNotebook}
          onFresh={read}
          say={setNotice}
        />
      )}
      <Toolbar
        book={book}
        readOnly={readOnly}
        scenarios={props.scenarios}
        commit={commit}
        say={setNotice}
      />
      <div class="notebook-status" role="status">
        {notice && <p class="bl-notice">{notice}</p>}
      </div>
      <RunList {...props} book={book} readOnly={readOnly} onNote={onNote} commit={commit} />
    </div>
  );
}
