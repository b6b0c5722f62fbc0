/**
 * The notebook's toolbar: export as Markdown or JSON, import JSON. An import is merged into the
 * notebook as stored now and reports exactly what it did; a big file announces its progress.
 */
import type { Scenario } from '../../model';
import type { Notebook as Book } from '../lib/storage';
import { downloadText, readPickedFile } from '../progress/download';
import {
  checkImportFile,
  importProgress,
  importSummary,
  MAX_FILE_CHARS,
  NOTEBOOK_JSON_NAME,
  NOTEBOOK_MARKDOWN_NAME,
  mergeImport,
  notebookToJson,
} from './entries';
import { notebookMarkdown } from './markdown';
import type { Commit } from './Notebook';

interface Props {
  /** Null before the notebook is read: the buttons are shown, disabled, to keep the layout. */
  book: Book | null;
  readOnly: boolean;
  scenarios: Scenario[];
  commit: Commit;
  say: (text: string) => void;
}

/** Lets the browser paint the live region before the next piece of work. */
const paint = () => new Promise((resolve) => setTimeout(resolve, 0));

export function Toolbar({ book, readOnly, scenarios, commit, say }: Props) {
  const empty = !book || book.entries.length === 0;
  const exportMarkdown = () => {
    if (!book) return;
    downloadText(
      NOTEBOOK_MARKDOWN_NAME,
      notebookMarkdown(book.entries, scenarios, new Date().toISOString()),
      'text/markdown',
    );
    say(`Exported ${NOTEBOOK_MARKDOWN_NAME}.`);
  };
  const exportJson = () => {
    if (!book) return;
    downloadText(NOTEBOOK_JSON_NAME, notebookToJson(book), 'application/json');
    say(`Exported ${NOTEBOOK_JSON_NAME}.`);
  };
  const importFile = async (input: HTMLInputElement) => {
    const text = await readPickedFile(input);
    if (text === null) return;
    if (text.length > MAX_FILE_CHARS) {
      const mb = (MAX_FILE_CHARS / 1e6).toFixed(0);
      return say(
        `That file is larger than ${mb} MB, so it was ignored. Your notebook is unchanged.`,
      );
    }
    say('Importing: reading the file…');
    await paint();
    const checked = await checkImportFile(text, (done, total) => {
      say(importProgress(done, total));
      return paint();
    });
    let said = '';
    commit(
      (current) => {
        const merged = mergeImport(current, checked);
        said = typeof merged === 'string' ? merged : importSummary(merged);
        return typeof merged === 'string' ? current : merged.notebook;
      },
      () => said,
    );
  };
  return (
    <div class="notebook-toolbar">
      <button type="button" class="bl-button" onClick={exportMarkdown} disabled={empty}>
        Export as Markdown
      </button>
      <button type="button" class="bl-button" onClick={exportJson} disabled={empty}>
        Export as JSON
      </button>
      <label class="bl-button notebook-import" data-disabled={!book || readOnly || undefined}>
        Import JSON
        <input
          type="file"
          accept=".json,application/json"
          class="sr-only"
          disabled={!book || readOnly}
          onChange={(e) => importFile(e.currentTarget)}
        />
      </label>
    </div>
  );
}
