/**
 * Learner data kept in localStorage: progress (lessons read, challenges solved, quiz answers)
 * and the notebook of saved runs. Everything read back is validated by hand (no schema library
 * in the client bundle); corrupt or foreign data is ignored and reported as a notice, never thrown.
 */

export const PROGRESS_KEY = 'balloon-lab:progress';
export const NOTEBOOK_KEY = 'balloon-lab:notebook';
const VERSION = 1;

export interface Progress {
  version: 1;
  /** Lesson ids the learner has opened to the end. */
  lessonsRead: string[];
  /** Challenge ids the learner solved (e.g. 'lab:isolate-vs-deflate:no-page-lock'). */
  challengesSolved: string[];
  /** Quiz id → whether the last answer was right. */
  quizzes: Record<string, boolean>;
}

export interface NotebookEntry {
  id: string;
  scenario: string;
  balloon: string;
  core: string;
  /** CPU names in the order they stepped. */
  schedule: string[];
  note: string;
  /** ISO date. */
  savedAt: string;
}

export interface Notebook {
  version: 1;
  entries: NotebookEntry[];
}

/** What a read returned: the data (or the default) and a notice when something was ignored. */
export interface Loaded<T> {
  value: T;
  notice?: string;
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const emptyProgress = (): Progress => ({
  version: VERSION,
  lessonsRead: [],
  challengesSolved: [],
  quizzes: {},
});
export const emptyNotebook = (): Notebook => ({ version: VERSION, entries: [] });

/** Accepts a parsed value as Progress, or says why not. */
export function asProgress(v: unknown): Progress | string {
  if (!isRecord(v) || v.version !== VERSION) return 'not Balloon Lab progress (version 1)';
  const { lessonsRead, challengesSolved, quizzes } = v;
  if (!isStringArray(lessonsRead) || !isStringArray(challengesSolved)) return 'malformed lists';
  if (!isRecord(quizzes) || !Object.values(quizzes).every((x) => typeof x === 'boolean')) {
    return 'malformed quiz answers';
  }
  return {
    version: VERSION,
    lessonsRead,
    challengesSolved,
    quizzes: quizzes as Record<string, boolean>,
  };
}

function asEntry(v: unknown): NotebookEntry | null {
  if (!isRecord(v)) return null;
  const { id, scenario, balloon, core, schedule, note, savedAt } = v;
  const strings = [id, scenario, balloon, core, note, savedAt];
  if (!strings.every((s) => typeof s === 'string') || !isStringArray(schedule)) return null;
  return { id, scenario, balloon, core, schedule, note, savedAt } as NotebookEntry;
}

/** Accepts a parsed value as a Notebook, or says why not. */
export function asNotebook(v: unknown): Notebook | string {
  if (!isRecord(v) || v.version !== VERSION || !Array.isArray(v.entries)) {
    return 'not a Balloon Lab notebook (version 1)';
  }
  const entries = v.entries.map(asEntry);
  if (entries.some((e) => e === null)) return 'a saved run is malformed';
  return { version: VERSION, entries: entries as NotebookEntry[] };
}

/** Reads and validates a key; a missing key is the default, a bad one the default plus a notice. */
export function load<T>(
  storage: Pick<Storage, 'getItem'>,
  key: string,
  check: (v: unknown) => T | string,
  fallback: () => T,
): Loaded<T> {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { value: fallback(), notice: 'Your browser does not allow saving here.' };
  }
  if (raw === null) return { value: fallback() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { value: fallback(), notice: 'Saved data was unreadable and has been ignored.' };
  }
  const checked = check(parsed);
  if (typeof checked === 'string') {
    return { value: fallback(), notice: `Saved data was ignored: ${checked}.` };
  }
  return { value: checked };
}

/** Writes a value; returns a notice instead of throwing when storage is full or forbidden. */
export function save(
  storage: Pick<Storage, 'setItem'>,
  key: string,
  value: unknown,
): string | undefined {
  try {
    storage.setItem(key, JSON.stringify(value));
    return undefined;
  } catch {
    return 'Could not save: your browser refused to store data.';
  }
}

/** The part of Storage this module uses. */
export type LearnerStorage = Pick<Storage, 'getItem' | 'setItem'>;

const REFUSING: LearnerStorage = {
  getItem: () => {
    throw new Error('no localStorage');
  },
  setItem: () => {
    throw new Error('no localStorage');
  },
};

/**
 * The browser's localStorage, or a stand-in that refuses every call (during the build, or where
 * merely touching window.localStorage throws, as in some privacy modes). load() and save() turn
 * the refusal into a notice.
 */
export function browserStorage(): LearnerStorage {
  try {
    return globalThis.localStorage ?? REFUSING;
  } catch {
    return REFUSING;
  }
}

/** Reads a key, applies `change` and writes the result; returns the new value and any notice. */
export function update<T>(
  storage: LearnerStorage,
  key: string,
  check: (v: unknown) => T | string,
  fallback: () => T,
  change: (value: T) => T,
): Loaded<T> {
  const loaded = load(storage, key, check, fallback);
  const value = change(loaded.value);
  const notice = save(storage, key, value) ?? loaded.notice;
  return notice ? { value, notice } : { value };
}
