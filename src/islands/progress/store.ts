/**
 * The learner's progress: lessons read, challenges solved and first answers, kept in localStorage
 * through storage.ts. Every writer returns a notice instead of throwing, so a full or forbidden
 * storage never breaks a lesson.
 */
import {
  asProgress,
  browserStorage,
  emptyProgress,
  load,
  PROGRESS_KEY,
  save,
  update,
  type LearnerStorage,
  type Loaded,
  type ChallengeSolve,
  type Progress,
} from '../lib/storage';

const addOnce = (list: string[], id: string) => (list.includes(id) ? list : [...list, id]);

/** Progress with a lesson marked read. */
export const withLessonRead = (p: Progress, id: string): Progress => ({
  ...p,
  lessonsRead: addOnce(p.lessonsRead, id),
});

const solveOf = (p: Progress, key: string) =>
  Object.hasOwn(p.challenges, key) ? p.challenges[key] : undefined;

/**
 * Progress with a solve recorded: the first solve's time is kept, the best count is the fewest
 * steps any solving run took (a longer solve later never worsens it). `steps` is undefined for
 * a challenge solved without a run (the impossible one, understood once its proof is shown).
 */
export const withChallengeSolved = (
  p: Progress,
  key: string,
  steps: number | undefined,
  at: string,
): Progress => {
  const before = solveOf(p, key);
  const solve: ChallengeSolve = { firstSolvedAt: before?.firstSolvedAt ?? at };
  const best = Math.min(steps ?? Infinity, before?.bestSteps ?? Infinity);
  if (best !== Infinity) solve.bestSteps = best;
  return { ...p, challenges: { ...p.challenges, [key]: solve } };
};

/**
 * Progress with a quiz's first answer recorded: whether it was right and which option it was.
 * A later answer (a retry) changes nothing, so the record is the learner's first attempt.
 */
export const withQuizAnswer = (
  p: Progress,
  id: string,
  correct: boolean,
  choice: number,
): Progress =>
  Object.hasOwn(p.quizzes, id)
    ? p
    : {
        ...p,
        quizzes: { ...p.quizzes, [id]: correct },
        quizChoices: { ...p.quizChoices, [id]: choice },
      };

/** Progress with a prediction's first answer recorded; a retry changes nothing. */
export const withPrediction = (p: Progress, id: string, correct: boolean): Progress =>
  p.predictions && Object.hasOwn(p.predictions, id)
    ? p
    : { ...p, predictions: { ...p.predictions, [id]: correct } };

export function loadProgress(storage: LearnerStorage = browserStorage()): Loaded<Progress> {
  return load(storage, PROGRESS_KEY, asProgress, emptyProgress);
}

const change = (storage: LearnerStorage, fn: (p: Progress) => Progress) =>
  update(storage, PROGRESS_KEY, asProgress, emptyProgress, fn).notice;

/** Marks a lesson read (call it when the learner reaches the lesson's end); returns any notice. */
export function markLessonRead(id: string, storage = browserStorage()): string | undefined {
  return change(storage, (p) => withLessonRead(p, id));
}

/** What recording a solve did: the record before and after, and any notice. */
export interface SolveRecorded {
  before?: ChallengeSolve;
  after?: ChallengeSolve;
  notice?: string;
}

/**
 * Records that the learner met challenge `key`'s goal in `steps` steps (within its limit), or
 * understood an impossible one (`steps` undefined); the caller says "a new best" when
 * `after.bestSteps` is below `before.bestSteps`.
 */
export function recordSolve(
  key: string,
  steps: number | undefined,
  storage = browserStorage(),
  at = new Date().toISOString(),
): SolveRecorded {
  let before: ChallengeSolve | undefined;
  const loaded = update(storage, PROGRESS_KEY, asProgress, emptyProgress, (p) => {
    before = solveOf(p, key);
    return withChallengeSolved(p, key, steps, at);
  });
  return { before, after: solveOf(loaded.value, key), notice: loaded.notice };
}

/** Records the learner's first answer to a quiz (a retry is not recorded); returns any notice. */
export function recordQuiz(
  id: string,
  correct: boolean,
  choice: number,
  storage = browserStorage(),
): string | undefined {
  return change(storage, (p) => withQuizAnswer(p, id, correct, choice));
}

/** Records the learner's first prediction for a <Predict id="…">; returns any notice. */
export function recordPrediction(
  id: string,
  correct: boolean,
  storage = browserStorage(),
): string | undefined {
  return change(storage, (p) => withPrediction(p, id, correct));
}

/** Replaces all progress (after an import, or with empty progress to clear it). */
export function replaceProgress(p: Progress, storage = browserStorage()): string | undefined {
  return save(storage, PROGRESS_KEY, p);
}
