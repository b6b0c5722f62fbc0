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
  type Progress,
} from '../lib/storage';

const addOnce = (list: string[], id: string) => (list.includes(id) ? list : [...list, id]);

/** Progress with a lesson marked read. */
export const withLessonRead = (p: Progress, id: string): Progress => ({
  ...p,
  lessonsRead: addOnce(p.lessonsRead, id),
});

/** Progress with a challenge marked solved. */
export const withChallengeSolved = (p: Progress, id: string): Progress => ({
  ...p,
  challengesSolved: addOnce(p.challengesSolved, id),
});

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

/** Marks a challenge solved, e.g. 'lab:isolate-vs-deflate:no-page-lock'; returns any notice. */
export function markChallengeSolved(id: string, storage = browserStorage()): string | undefined {
  return change(storage, (p) => withChallengeSolved(p, id));
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
