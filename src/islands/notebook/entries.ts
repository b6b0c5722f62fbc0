/**
 * The notebook as data: editing notes, deleting runs, and importing a file, which is validated
 * with storage.ts's asNotebook() and merged by run id (an imported run replaces the saved run
 * with the same id). Pure functions; the island stores the results.
 */
import {
  asNotebook,
  notebookOfRuns,
  notebookRunsOf,
  parseChecked,
  validRuns,
  type Checked,
  type Notebook,
  type NotebookEntry,
} from '../lib/storage';

export const NOTEBOOK_JSON_NAME = 'balloon-lab-notebook.json';
export const NOTEBOOK_MARKDOWN_NAME = 'balloon-lab-notebook.md';

/** The notebook with one run's note replaced. */
export const withNote = (nb: Notebook, id: string, note: string): Notebook => ({
  ...nb,
  entries: nb.entries.map((e) => (e.id === id ? { ...e, note } : e)),
});

/** The notebook without one run. */
export const withoutEntry = (nb: Notebook, id: string): Notebook => ({
  ...nb,
  entries: nb.entries.filter((e) => e.id !== id),
});

/** The most runs a notebook keeps: localStorage holds about 5 MB, a run a few hundred bytes. */
export const MAX_RUNS = 10_000;

/** The largest notebook file an import reads (10,000 runs with long notes fit). */
export const MAX_FILE_CHARS = 8_000_000;

/** What an import did. */
export interface Merged {
  notebook: Notebook;
  added: number;
  replaced: number;
  /** Runs in the file that were malformed and left out. */
  skipped?: string;
}

/** Merges runs by id: a new id is appended, a known id is replaced in place. Linear time. */
export function mergeById(current: Notebook, incoming: readonly NotebookEntry[]): Merged {
  const known = new Set(current.entries.map((e) => e.id));
  const byId = new Map(incoming.map((e) => [e.id, e]));
  const entries = current.entries.map((e) => byId.get(e.id) ?? e);
  const fresh = [...byId.values()].filter((e) => !known.has(e.id));
  const replaced = byId.size - fresh.length;
  return {
    notebook: { ...current, entries: [...entries, ...fresh] },
    added: fresh.length,
    replaced,
  };
}

const UNCHANGED = 'Your notebook is unchanged.';

/** Parses an imported file and merges it; a string return says why the file was ignored. */
export const importNotebook = (current: Notebook, text: string): Merged | string =>
  mergeImport(current, parseChecked(text, asNotebook));

/** How many runs an import checks between two progress reports. */
export const IMPORT_SLICE = 1000;

/**
 * Checks an imported file's runs a slice at a time and awaits `progress(checked, total)` after
 * each slice, so that the page can say how far a big import has got (10,000 runs take seconds
 * on a slow phone). The result equals `parseChecked(text, asNotebook)`.
 */
export async function checkImportFile(
  text: string,
  progress: (checked: number, total: number) => Promise<unknown> | void,
): Promise<Checked<Notebook>> {
  const parsed = parseChecked(text, (v) => ({ ok: v }));
  if ('problem' in parsed) return parsed;
  const shape = notebookRunsOf(parsed.ok);
  if ('problem' in shape) return shape;
  const { runs } = shape;
  const entries: NotebookEntry[] = [];
  for (let from = 0; from < runs.length; from += IMPORT_SLICE) {
    entries.push(...validRuns(runs.slice(from, from + IMPORT_SLICE)));
    await progress(Math.min(from + IMPORT_SLICE, runs.length), runs.length);
  }
  return notebookOfRuns(entries, runs.length);
}

/** "Importing: checked 4,000 of 10,000 runs…", for the live region while a big file is read. */
export const importProgress = (checked: number, total: number): string =>
  `Importing: checked ${checked.toLocaleString('en')} of ${total.toLocaleString('en')} runs…`;

/** Merges a checked file into the notebook; a string return says why the file was ignored. */
export function mergeImport(current: Notebook, checked: Checked<Notebook>): Merged | string {
  if ('problem' in checked) return `That file was ignored (${checked.problem}). ${UNCHANGED}`;
  const merged = mergeById(current, checked.ok.entries);
  if (merged.notebook.entries.length > MAX_RUNS) {
    const n = merged.notebook.entries.length.toLocaleString('en');
    return (
      `That import would make ${n} runs; a notebook keeps at most ` +
      `${MAX_RUNS.toLocaleString('en')}. Nothing was imported. ${UNCHANGED}`
    );
  }
  return checked.dropped ? { ...merged, skipped: checked.dropped } : merged;
}

/** "Imported 3 runs: 2 new, 1 replaced." (plus what was left out of the file). */
export function importSummary({ added, replaced, skipped }: Merged): string {
  const total = added + replaced;
  const left = skipped ? ` In the file, ${skipped}.` : '';
  if (total === 0) return `That notebook file holds no valid saved runs; nothing changed.${left}`;
  const n = (k: number) => k.toLocaleString('en');
  return `Imported ${n(total)} run${total === 1 ? '' : 's'}: ${n(added)} new, ${n(replaced)} replaced.${left}`;
}

/** The exported JSON file's text: exactly the stored format, so it imports back. */
export const notebookToJson = (nb: Notebook): string => `${JSON.stringify(nb, null, 2)}\n`;
