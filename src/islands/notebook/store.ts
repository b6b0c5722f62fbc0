/** The notebook in localStorage (the lab's "Save to notebook" writes the same key and format). */
import {
  asNotebook,
  browserStorage,
  emptyNotebook,
  load,
  NOTEBOOK_KEY,
  update,
  type LearnerStorage,
  type Loaded,
  type Notebook,
} from '../lib/storage';
import { withNote } from './entries';

export const loadNotebook = (storage = browserStorage()): Loaded<Notebook> =>
  load(storage, NOTEBOOK_KEY, asNotebook, emptyNotebook);

/**
 * Applies `change` to the notebook as stored now (not as this page last read it, so a run another
 * tab saved meanwhile survives) and stores the result; returns what is stored and any notice.
 */
export const changeNotebook = (
  change: (nb: Notebook) => Notebook,
  storage: LearnerStorage = browserStorage(),
): Loaded<Notebook> => update(storage, NOTEBOOK_KEY, asNotebook, emptyNotebook, change);

/** Stores typed notes (run id → note) into the stored notebook; returns any notice. */
export const saveNotes = (
  notes: ReadonlyMap<string, string>,
  storage: LearnerStorage = browserStorage(),
): string | undefined =>
  changeNotebook((nb) => {
    let next = nb;
    for (const [id, note] of notes) next = withNote(next, id, note);
    return next;
  }, storage).notice;
