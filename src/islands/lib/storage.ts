/**
 * Learner data kept in localStorage: progress (lessons read, challenges solved, first answers)
 * and the notebook of saved runs. Everything read back is validated by hand (no schema library
 * in the client bundle), and nothing is ever thrown.
 *
 * The rule this module enforces: data that cannot be read is never overwritten. Bytes that fail
 * validation are copied, intact, to a key of their own ("kept aside") before anything else is
 * written; the valid part of a partly broken value survives; data written by a newer version of
 * the course is read-only here (every write refuses) until the learner sets it aside.
 */
import { isRecord, isString, parseChecked, plural, versionProblem, type Checked } from './checks';
import { asProgress } from './progressData';
import { PROGRESS_KEY, type LearnerStorage } from './progressRead';

export const NOTEBOOK_KEY = 'balloon-lab:notebook';
/** The notebook's format version (progress has its own: progressData.ts). */
export const NOTEBOOK_VERSION = 1;

export { asProgress, emptyProgress, PROGRESS_VERSION } from './progressData';
export type { ChallengeSolve, Progress } from './progressData';
export { parseChecked, type Checked } from './checks';
export { browserStorage, PROGRESS_KEY, readProgress, type LearnerStorage } from './progressRead';

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
  /** The path of the page whose lab saved the run, e.g. '/lessons/the-fix/' (absent in older data). */
  page?: string;
  /** The key of that lab on its page (the scenario id, or <id>@<n>), absent in older data. */
  lab?: string;
}

export interface Notebook {
  version: typeof NOTEBOOK_VERSION;
  entries: NotebookEntry[];
}

/** What a read returned: the data (or the default) and a notice when something was wrong. */
export interface Loaded<T> {
  value: T;
  notice?: string;
  /** The key now holding an intact copy of stored bytes that could not be read. */
  keptAside?: string;
  /** The stored data comes from a newer version: shown as it is, never written over. */
  readOnly?: boolean;
}

export const emptyNotebook = (): Notebook => ({ version: NOTEBOOK_VERSION, entries: [] });

/** One saved run as stored, or null when it is malformed. */
export function asNotebookEntry(v: unknown): NotebookEntry | null {
  if (!isRecord(v)) return null;
  const { id, scenario, balloon, core, schedule, note, savedAt, page, lab } = v;
  const texts = [id, scenario, balloon, core, note, savedAt];
  if (!texts.every(isString) || !Array.isArray(schedule) || !schedule.every(isString)) return null;
  if ([page, lab].some((x) => x !== undefined && !isString(x))) return null;
  const entry = { id, scenario, balloon, core, schedule, note, savedAt } as NotebookEntry;
  if (page !== undefined) entry.page = page as string;
  if (lab !== undefined) entry.lab = lab as string;
  return entry;
}

/** A parsed notebook's runs, still unchecked, or why it is not a notebook at all. */
export function notebookRunsOf(
  v: unknown,
): { runs: unknown[] } | { problem: string; newer?: number } {
  const wrong = versionProblem(v, 'a Balloon Lab notebook', [NOTEBOOK_VERSION]);
  if (wrong) return wrong;
  const list = (v as Record<string, unknown>).entries;
  return Array.isArray(list) ? { runs: list } : { problem: 'a notebook without a list of runs' };
}

/** The notebook made of the valid runs, saying how many of `total` were malformed. */
export function notebookOfRuns(entries: NotebookEntry[], total: number): Checked<Notebook> {
  const ok: Notebook = { version: NOTEBOOK_VERSION, entries };
  const bad = total - entries.length;
  return bad === 0 ? { ok } : { ok, dropped: `${plural(bad, 'malformed run')} left out` };
}

/** Keeps the runs that are valid; null marks a malformed one. */
export const validRuns = (runs: readonly unknown[]): NotebookEntry[] =>
  runs.map(asNotebookEntry).filter((e): e is NotebookEntry => e !== null);

/** Accepts a parsed value as a Notebook, keeping every valid run of a partly malformed one. */
export function asNotebook(v: unknown): Checked<Notebook> {
  const shape = notebookRunsOf(v);
  if ('problem' in shape) return shape;
  return notebookOfRuns(validRuns(shape.runs), shape.runs.length);
}

/** The checks for the keys this module guards, so that save() can look before it writes. */
const CHECKS: Record<string, (v: unknown) => Checked<unknown>> = {
  [PROGRESS_KEY]: asProgress,
  [NOTEBOOK_KEY]: asNotebook,
};

/** The keys that may hold kept-aside copies of `key`: `<key>:kept-aside`, `<key>:kept-aside-2`, … */
const MAX_KEPT = 20;
const keptKey = (key: string, n: number) => `${key}:kept-aside${n === 1 ? '' : `-${n}`}`;

/** Copies `raw` to a kept-aside key (the same bytes are never kept twice); the key, or null. */
export function keepAside(storage: LearnerStorage, key: string, raw: string): string | null {
  try {
    for (let n = 1; n <= MAX_KEPT; n++) {
      const k = keptKey(key, n);
      const there = storage.getItem(k);
      if (there === raw) return k;
      if (there === null) {
        storage.setItem(k, raw);
        return k;
      }
    }
  } catch {
    // Storage full or forbidden: the caller must not overwrite the original.
  }
  return null;
}

/** Every kept-aside copy of `key`, oldest first. */
export function keptAsideOf(storage: LearnerStorage, key: string): { key: string; raw: string }[] {
  const kept: { key: string; raw: string }[] = [];
  try {
    for (let n = 1; n <= MAX_KEPT; n++) {
      const raw = storage.getItem(keptKey(key, n));
      if (raw !== null) kept.push({ key: keptKey(key, n), raw });
    }
  } catch {
    // Nothing readable, nothing to list.
  }
  return kept;
}

const NOT_ALLOWED = 'Your browser does not allow saving here.';
const REFUSED = 'Could not save: your browser refused to store data.';
/** Where the learner can download or set aside each key's data. */
const PAGES: Record<string, string> = {
  [PROGRESS_KEY]: 'the “Your progress” page',
  [NOTEBOOK_KEY]: 'the “Your notebook” page',
};
const keptNotice = (problem: string, key: string, kept: string, partly: boolean) =>
  `Your saved data could not be read in full (${problem}). An exact copy is kept aside ` +
  `(under “${kept}”) to download from ${PAGES[key] ?? 'this site'}; you go on with ` +
  `${partly ? 'the part that could be read' : 'a fresh copy'}.`;
const newerNotice = (n: number, key: string) =>
  `Your saved data comes from a newer version of Balloon Lab (version ${n}). It is kept exactly ` +
  `as it is and is read-only here: download it, or set it aside to start afresh, on ` +
  `${PAGES[key] ?? 'this site'}.`;
const unkeptNotice = (problem: string) =>
  `Your saved data could not be read (${problem}) and could not be copied aside (storage is ` +
  'full?), so it is left untouched.';

/**
 * The bytes last read as valid, or written, per storage and key: save() need not check them again
 * (checking a notebook of thousands of runs is the costly part of a write).
 */
const trusted = new WeakMap<LearnerStorage, Map<string, string>>();
function trust(storage: LearnerStorage, key: string, raw: string): void {
  const keys = trusted.get(storage) ?? new Map<string, string>();
  keys.set(key, raw);
  trusted.set(storage, keys);
}

/** Stored bytes as read: the usable value (if any) and what was wrong (if anything). */
interface Reading<T> {
  value?: T;
  problem?: string;
  newer?: number;
}

function reading<T>(raw: string, check: (v: unknown) => Checked<T>): Reading<T> {
  const checked = parseChecked(raw, check);
  return 'ok' in checked ? { value: checked.ok, problem: checked.dropped } : checked;
}

/** Reads and validates a key; a missing key is the default. Unreadable bytes are kept aside. */
export function load<T>(
  storage: LearnerStorage,
  key: string,
  check: (v: unknown) => Checked<T>,
  fallback: () => T,
): Loaded<T> {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { value: fallback(), notice: NOT_ALLOWED };
  }
  if (raw === null) return { value: fallback() };
  const read = reading(raw, check);
  const { value = fallback(), problem, newer } = read;
  if (!problem) {
    trust(storage, key, raw);
    return { value };
  }
  if (newer) return { value, readOnly: true, notice: newerNotice(newer, key) };
  const kept = keepAside(storage, key, raw);
  if (!kept) return { value, readOnly: true, notice: unkeptNotice(problem) };
  return {
    value,
    keptAside: kept,
    notice: keptNotice(problem, key, kept, read.value !== undefined),
  };
}

/**
 * Why `key` must not be written now, or undefined: a newer version's data is read-only, and
 * unreadable bytes are written over only once an exact copy of them is kept aside.
 */
function guard(storage: LearnerStorage, key: string): string | undefined {
  const check = Object.hasOwn(CHECKS, key) ? CHECKS[key] : undefined;
  const raw = check ? storage.getItem(key) : null;
  if (!check || raw === null || trusted.get(storage)?.get(key) === raw) return undefined;
  const { problem, newer } = reading(raw, check);
  if (!problem) return undefined;
  if (newer) return `Not saved. ${newerNotice(newer, key)}`;
  return keepAside(storage, key, raw) ? undefined : unkeptNotice(problem);
}

/** Writes a value unless guard() objects; returns a notice instead of throwing. */
export function save(storage: LearnerStorage, key: string, value: unknown): string | undefined {
  try {
    const refused = guard(storage, key);
    if (refused) return refused;
    const json = JSON.stringify(value);
    storage.setItem(key, json);
    trust(storage, key, json);
    return undefined;
  } catch {
    return REFUSED;
  }
}

/**
 * Moves whatever `key` holds (a newer version's data, say) to a kept-aside key and starts `key`
 * afresh with `fresh`; returns a notice when that was impossible.
 */
export function setAside(storage: LearnerStorage, key: string, fresh: unknown): string | undefined {
  try {
    const raw = storage.getItem(key);
    if (raw !== null && !keepAside(storage, key, raw)) return REFUSED;
    storage.setItem(key, JSON.stringify(fresh));
    return undefined;
  } catch {
    return REFUSED;
  }
}

/** Deletes a kept-aside copy (the learner asked, after downloading it); a notice on refusal. */
export function forgetKept(
  storage: LearnerStorage & Partial<Pick<Storage, 'removeItem'>>,
  kept: string,
): string | undefined {
  if (!kept.includes(':kept-aside')) return 'Only a kept-aside copy can be deleted.';
  try {
    storage.removeItem?.(kept);
    return undefined;
  } catch {
    return REFUSED;
  }
}

/**
 * Reads a key, applies `change` and writes the result; returns the new value and any notice.
 * Read-only data (a newer version's) is left as it is: the change is not applied.
 */
export function update<T>(
  storage: LearnerStorage,
  key: string,
  check: (v: unknown) => Checked<T>,
  fallback: () => T,
  change: (value: T) => T,
): Loaded<T> {
  const loaded = load(storage, key, check, fallback);
  if (loaded.readOnly) return { ...loaded, notice: `Not saved. ${loaded.notice}` };
  const value = change(loaded.value);
  const failed = save(storage, key, value);
  if (failed) return { ...loaded, notice: failed };
  return loaded.notice ? { ...loaded, value } : { value };
}
