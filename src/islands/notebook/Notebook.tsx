/**
 * The learner's notebook of saved runs, read from localStorage: each run replayed with the model,
 * notes editable, export as Markdown or JSON, import JSON (validated, merged by run id). Every
 * change is announced in a polite live region.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Scenario } from '../../model';
import { NOTEBOOK_KEY, type Notebook as Book } from '../lib/storage';
import { downloadText, readPickedFile } from '../progress/download';
import {
  importNotebook,
  importSummary,
  NOTEBOOK_JSON_NAME,
  NOTEBOOK_MARKDOWN_NAME,
  notebookToJson,
  withNote,
  withoutEntry,
} from './entries';
import { notebookMarkdown } from './markdown';
import { RunCard } from './RunCard';
import { loadNotebook, saveNotebook } from './store';
import './notebook.css';

interface Props {
  scenarios: Scenario[];
  /** Scenario id → the first lesson whose lab runs it. */
  labPages: Record<string, string>;
}

/** What the page says before JavaScript runs (and forever without it). */
const NO_JS = 'Saved runs appear here; this page needs JavaScript to read them from your browser.';

export default function Notebook(props: Props) {
  const [book, setBook] = useState<Book | null>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    const read = () => {
      const loaded = loadNotebook();
      setBook(loaded.value);
      if (loaded.notice) setNotice(loaded.notice);
    };
    read();
    // Another tab (a lesson's "Save to notebook") may add runs while this page is open.
    const onStorage = (e: StorageEvent) => e.key === NOTEBOOK_KEY && read();
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);
  if (!book) return <p class="notebook-empty">{NO_JS}</p>;
  const commit = (next: Book, said: string) => {
    setBook(next);
    setNotice(saveNotebook(next) ?? said);
  };
  return <Live {...props} book={book} notice={notice} commit={commit} say={setNotice} />;
}

interface LiveProps extends Props {
  book: Book;
  notice: string;
  /** Stores the notebook and announces `said` (or the storage's refusal). */
  commit: (next: Book, said: string) => void;
  /** Announces without changing anything. */
  say: (text: string) => void;
}

function Live({ scenarios, labPages, book, notice, commit, say }: LiveProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const remove = (id: string, title: string) => {
    commit(withoutEntry(book, id), `Deleted the run of “${title}”.`);
    // The deleted card had focus; the list heading is the nearest stable place to land.
    heading.current?.focus();
  };
  return (
    <div class="notebook">
      <Toolbar book={book} scenarios={scenarios} commit={commit} say={say} />
      <div class="notebook-status" role="status">
        {notice && <p class="bl-notice">{notice}</p>}
      </div>
      <h2 ref={heading} tabIndex={-1} id="saved-runs">
        Saved runs ({book.entries.length})
      </h2>
      {book.entries.length === 0 ? (
        <p class="notebook-empty">
          No saved runs yet. In any lab, press “Save to notebook” to keep the run you are looking
          at; it will appear here.
        </p>
      ) : (
        book.entries.map((entry) => (
          <RunCard
            key={entry.id}
            entry={entry}
            scenarios={scenarios}
            labPages={labPages}
            onNote={(note) => commit(withNote(book, entry.id, note), '')}
            onDelete={(title) => remove(entry.id, title)}
          />
        ))
      )}
    </div>
  );
}

function Toolbar({
  book,
  scenarios,
  commit,
  say,
}: Pick<LiveProps, 'book' | 'scenarios' | 'commit' | 'say'>) {
  const exportMarkdown = () => {
    downloadText(
      NOTEBOOK_MARKDOWN_NAME,
      notebookMarkdown(book.entries, scenarios, new Date().toISOString()),
      'text/markdown',
    );
    say(`Exported ${NOTEBOOK_MARKDOWN_NAME}.`);
  };
  const exportJson = () => {
    downloadText(NOTEBOOK_JSON_NAME, notebookToJson(book), 'application/json');
    say(`Exported ${NOTEBOOK_JSON_NAME}.`);
  };
  const importFile = async (input: HTMLInputElement) => {
    const text = await readPickedFile(input);
    if (text === null) return;
    const merged = importNotebook(book, text);
    if (typeof merged === 'string') say(merged);
    else commit(merged.notebook, importSummary(merged));
  };
  return (
    <div class="notebook-toolbar">
      <button
        type="button"
        class="bl-button"
        onClick={exportMarkdown}
        disabled={book.entries.length === 0}
      >
        Export as Markdown
      </button>
      <button
        type="button"
        class="bl-button"
        onClick={exportJson}
        disabled={book.entries.length === 0}
      >
        Export as JSON
      </button>
      <label class="bl-button notebook-import">
        Import JSON
        <input
          type="file"
          accept=".json,application/json"
          class="sr-only"
          onChange={(e) => importFile(e.currentTarget)}
        />
      </label>
    </div>
  );
}
