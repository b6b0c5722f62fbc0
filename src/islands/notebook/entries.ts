/**
 * The notebook as data: editing notes, deleting runs, and importing a file, which is validated
 * with storage.ts's asNotebook() and merged by run id (an imported run replaces the saved run
 * with the same id). Pure functions; the island stores the results.
 */
import { asNotebook, type Notebook, type NotebookEntry } from '../lib/storage';

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

/** What an import did. */
export interface Merged {
  notebook: Notebook;
  added: number;
  replaced: number;
}

/** Merges runs by id: a new id is appended, a known id is replaced in place. */
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

/** Parses an imported file and merges it; a string return says why the file was ignored. */
export function importNotebook(current: Notebook, text: string): Merged | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'That file is not JSON, so it was ignored. Your notebook is unchanged.';
  }
  const checked = asNotebook(parsed);
  if (typeof checked === 'string') {
    return `That file was ignored (${checked}). Your notebook is unchanged.`;
  }
  return mergeById(current, checked.entries);
}

/** "Imported 3 runs: 2 new, 1 replaced." */
export function importSummary({ added, replaced }: Merged): string {
  const total = added + replaced;
  if (total === 0) return 'That notebook file holds no saved runs; nothing changed.';
  return `Imported ${total} run${total === 1 ? '' : 's'}: ${added} new, ${replaced} replaced.`;
}

/** The exported JSON file's text: exactly the stored format, so it imports back. */
export const notebookToJson = (nb: Notebook): string => `${JSON.stringify(nb, null, 2)}\n`;
