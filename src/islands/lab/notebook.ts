/**
 * "Save to notebook": the current run becomes a NotebookEntry in localStorage, through the shared
 * validated storage (src/islands/lib/storage.ts). The notebook page lists these entries.
 */
import {
  asNotebook,
  emptyNotebook,
  load,
  NOTEBOOK_KEY,
  save,
  type NotebookEntry,
} from '../lib/storage';

/**
 * The run to save: ids and CPU names as the share link has them, the learner's note, and where
 * it was saved from (the page path and the lab's key there), so "Open in the lab" reopens that
 * lab. `page` and `lab` are optional: entries saved before they existed have neither.
 */
export interface RunToSave {
  scenario: string;
  balloon: string;
  core: string;
  schedule: readonly string[];
  note: string;
  page?: string;
  lab?: string;
}

/** A new entry with an id unique enough for one learner's notebook. */
export function notebookEntry(run: RunToSave, now: Date, random: () => number): NotebookEntry {
  const id = `${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4).toString(36)}`;
  return {
    id,
    ...run,
    schedule: [...run.schedule],
    note: run.note.trim(),
    savedAt: now.toISOString(),
  };
}

/** Appends the run and says what happened, for the live region. Never throws. */
export function saveRun(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  run: RunToSave,
  now = new Date(),
  random = Math.random,
): string {
  const { value, notice } = load(storage, NOTEBOOK_KEY, asNotebook, emptyNotebook);
  const entry = notebookEntry(run, now, random);
  const failed = save(storage, NOTEBOOK_KEY, { ...value, entries: [...value.entries, entry] });
  if (failed) return failed;
  const steps = run.schedule.length === 1 ? '1 step' : `${run.schedule.length} steps`;
  const saved = `Saved to your notebook: ${steps} under ${run.balloon} and ${run.core}.`;
  return notice ? `${saved} ${notice}` : saved;
}
