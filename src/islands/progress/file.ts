/** Progress as a file: the JSON the learner exports, and the checks an import must pass. */
import { asProgress, type Progress } from '../lib/storage';

export const PROGRESS_FILE_NAME = 'balloon-lab-progress.json';

/** The exported file's text. */
export const progressToJson = (p: Progress): string => `${JSON.stringify(p, null, 2)}\n`;

/** Parses an imported file; a string return says why the file was ignored. */
export function parseProgressFile(text: string): Progress | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'That file is not JSON, so it was ignored. Your progress is unchanged.';
  }
  const checked = asProgress(parsed);
  return typeof checked === 'string'
    ? `That file was ignored (${checked}). Your progress is unchanged.`
    : checked;
}

/** "3 lessons read, 1 challenge solved, 2 quizzes answered", for the import confirmation. */
export function summarize(p: Progress): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `${count(p.lessonsRead.length, 'lesson', 'lessons')} read`,
    `${count(p.challengesSolved.length, 'challenge', 'challenges')} solved`,
    `${count(Object.keys(p.quizzes).length, 'quiz', 'quizzes')} answered`,
  ].join(', ');
}
