/**
 * Reading the learner's progress without the means to write it: what a page needs to show a
 * mark (a challenge's "✓ solved") before the learner does anything. It validates with the same
 * asProgress() as storage.ts and never writes, so data that cannot be read is left exactly as it
 * is here; storage.ts, loaded when there is something to record, keeps it aside before a write.
 */
import { parseChecked } from './checks';
import { asProgress, emptyProgress, type Progress } from './progressData';

export const PROGRESS_KEY = 'balloon-lab:progress';

/** The part of Storage that storage.ts uses (this module only reads). */
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

/**
 * The stored progress as far as it can be read: the valid part of a partly malformed value, and
 * fresh progress for a missing key, unreadable bytes, a newer version's data or a storage that
 * refuses. Never writes, never throws.
 */
export function readProgress(storage: Pick<Storage, 'getItem'> = browserStorage()): Progress {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return emptyProgress();
  }
  if (raw === null) return emptyProgress();
  const checked = parseChecked(raw, asProgress);
  return 'ok' in checked ? checked.ok : emptyProgress();
}
