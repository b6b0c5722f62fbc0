/**
 * The stored shape of the learner's progress and how it is read back. Version 2 records, for
 * each challenge solved, when it was first solved and the fewest steps it took; version 1 kept
 * only a list of solved ids. Version 1 data is migrated on read, every entry kept (a solve from
 * version 1 keeps its id and simply has no time or count), and is written back as version 2 with
 * the next change.
 */
import {
  entriesOf,
  isBoolean,
  isIndex,
  isRecord,
  isString,
  plural,
  strings,
  versionProblem,
  type Checked,
} from './checks';

export const PROGRESS_VERSION = 2;
/** The versions asProgress() reads, the current one first. */
const READABLE = [PROGRESS_VERSION, 1] as const;

/** A challenge the learner solved: first met its goal within the step limit. */
export interface ChallengeSolve {
  /** When it was first solved (ISO date); absent for a solve carried over from version 1. */
  firstSolvedAt?: string;
  /** The fewest steps any solving run took; absent for a solve carried over from version 1. */
  bestSteps?: number;
}

export interface Progress {
  version: 2;
  /** Lesson ids the learner has opened to the end. */
  lessonsRead: string[];
  /** Challenge key → the learner's record of solving it. */
  challenges: Record<string, ChallengeSolve>;
  /** Quiz id → whether the learner's first answer was right. */
  quizzes: Record<string, boolean>;
  /** Quiz id → the index of the option the learner first checked (absent in older data). */
  quizChoices?: Record<string, number>;
  /** Predict id → whether the learner's first prediction was right (absent in older data). */
  predictions?: Record<string, boolean>;
}

export const emptyProgress = (): Progress => ({
  version: PROGRESS_VERSION,
  lessonsRead: [],
  challenges: {},
  quizzes: {},
});

const isDate = (x: unknown): x is string => isString(x) && !Number.isNaN(Date.parse(x));
const isCount = (x: unknown): x is number => isIndex(x) && x > 0;

/** One stored solve, keeping each valid field; the count of fields (or the whole) left out. */
function asSolve(v: unknown): [ChallengeSolve | null, number] {
  if (!isRecord(v)) return [null, 1];
  const solve: ChallengeSolve = {};
  let bad = 0;
  if (isDate(v.firstSolvedAt)) solve.firstSolvedAt = v.firstSolvedAt;
  else if (v.firstSolvedAt !== undefined) bad++;
  if (isCount(v.bestSteps)) solve.bestSteps = v.bestSteps;
  else if (v.bestSteps !== undefined) bad++;
  return [solve, bad];
}

/** Version 2's challenge records, each valid one kept. */
function solves(v: unknown): [Record<string, ChallengeSolve>, number] {
  if (!isRecord(v)) return [{}, 1];
  const kept: Record<string, ChallengeSolve> = {};
  let bad = 0;
  for (const [key, raw] of Object.entries(v)) {
    const [solve, wrong] = asSolve(raw);
    if (solve) kept[key] = solve;
    bad += wrong;
  }
  return [kept, bad];
}

/** Version 1's list of solved ids as version 2 records: the ids kept, with nothing else known. */
function migratedSolves(v: unknown): [Record<string, ChallengeSolve>, number] {
  const [ids, bad] = strings(v);
  return [Object.fromEntries(ids.map((id) => [id, {}])), bad];
}

/** Accepts a parsed value as Progress (migrating version 1), keeping every valid value. */
export function asProgress(v: unknown): Checked<Progress> {
  const wrong = versionProblem(v, 'Balloon Lab progress', READABLE);
  if (wrong) return wrong;
  const p = v as Record<string, unknown>;
  const old = p.version === 1;
  const challengeField = old ? 'challengesSolved' : 'challenges';
  const missing = ['lessonsRead', challengeField, 'quizzes'].find((f) => p[f] === undefined);
  if (missing) return { problem: `Balloon Lab progress without ${missing}` };
  const [lessonsRead, badLessons] = strings(p.lessonsRead);
  const [challenges, badChallenges] = (old ? migratedSolves : solves)(p[challengeField]);
  const [quizzes, badQuizzes] = entriesOf(p.quizzes, isBoolean);
  const [quizChoices, badChoices] = entriesOf(p.quizChoices, isIndex);
  const [predictions, badPredictions] = entriesOf(p.predictions, isBoolean);
  const ok: Progress = { version: PROGRESS_VERSION, lessonsRead, challenges, quizzes };
  if (p.quizChoices !== undefined) ok.quizChoices = quizChoices;
  if (p.predictions !== undefined) ok.predictions = predictions;
  const bad = badLessons + badChallenges + badQuizzes + badChoices + badPredictions;
  return bad === 0 ? { ok } : { ok, dropped: `${plural(bad, 'malformed value')} left out` };
}
