/** The notebook in localStorage (the lab's "Save to notebook" writes the same key and format). */
import {
  asNotebook,
  browserStorage,
  emptyNotebook,
  load,
  NOTEBOOK_KEY,
  save,
  type Loaded,
  type Notebook,
} from '../lib/storage';

export const loadNotebook = (storage = browserStorage()): Loaded<Notebook> =>
  load(storage, NOTEBOOK_KEY, asNotebook, emptyNotebook);

/** Stores the notebook; returns a notice when the browser refused. */
export const saveNotebook = (nb: Notebook, storage = browserStorage()): string | undefined =>
  save(storage, NOTEBOOK_KEY, nb);
