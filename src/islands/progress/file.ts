/**
 * Progress as a file: the JSON the learner exports (the stored format, so a solve's first time and
 * best count travel with it), and the checks an import must pass. A file exported by an older
 * version of the course is migrated like stored data.
 */
import { asProgress, parseChecked, type Progress } from '../lib/storage';

export const PROGRESS_FILE_NAME = 'balloon-lab-progress.json';

/** The ids this build of the course knows, passed to the island by the page at build time. */
export interface KnownIds {
  lessons: string[];
  challenges: string[];
  quizzes: string[];
  predictions: string[];
}

/** An import, cleaned: the progress it brings and what it held that this course does not know. */
export interface ProgressImport {
  progress: Progress;
  /** "lesson “fake-lesson”", one per unknown id, in file order. */
  unknown: string[];
  /** What was malformed in the file and left out, if anything. */
  dropped?: string;
}

/** The exported file's text. */
export const progressToJson = (p: Progress): string => `${JSON.stringify(p, null, 2)}\n`;

/** The record without keys outside `known`; the dropped keys are added to `unknown`. */
function knownKeys<V>(
  record: Record<string, V> | undefined,
  known: readonly string[],
  what: string,
  unknown: string[],
): Record<string, V> | undefined {
  if (!record) return undefined;
  const ids = new Set(known);
  for (const id of Object.keys(record)) if (!ids.has(id)) unknown.push(`${what} “${id}”`);
  return Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
}

/** Progress with only the ids this course knows; every other id is listed in `unknown`. */
export function knownOnly(p: Progress, known: KnownIds): { progress: Progress; unknown: string[] } {
  const unknown: string[] = [];
  const keep = (list: string[], ids: readonly string[], what: string) =>
    list.filter((id) => ids.includes(id) || (unknown.push(`${what} “${id}”`), false));
  const progress: Progress = {
    version: p.version,
    lessonsRead: keep(p.lessonsRead, known.lessons, 'lesson'),
    challenges: knownKeys(p.challenges, known.challenges, 'challenge', unknown)!,
    quizzes: knownKeys(p.quizzes, known.quizzes, 'quiz', unknown)!,
  };
  const choices = knownKeys(p.quizChoices, known.quizzes, 'quiz answer', unknown);
  const predictions = knownKeys(p.predictions, known.predictions, 'prediction', unknown);
  if (choices) progress.quizChoices = choices;
  if (predictions) progress.predictions = predictions;
  return { progress, unknown };
}

/** Parses an imported file; a string return says why the file was ignored. */
export function parseProgressFile(text: string, known: KnownIds): ProgressImport | string {
  const checked = parseChecked(text, asProgress);
  if ('problem' in checked) {
    return `That file was ignored (${checked.problem}). Your progress is unchanged.`;
  }
  const cleaned = knownOnly(checked.ok, known);
  return checked.dropped ? { ...cleaned, dropped: checked.dropped } : cleaned;
}

/** "Ignored 2 ids this course does not have: lesson “x”, quiz “y”." or '' (at most 5 named). */
export function unknownSummary(unknown: readonly string[]): string {
  if (unknown.length === 0) return '';
  const named = unknown.slice(0, 5).join(', ');
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  const ids = unknown.length === 1 ? '1 id' : `${unknown.length} ids`;
  return `Ignored ${ids} this course does not have: ${named}${more}.`;
}

/** "3 lessons read, 1 challenge solved, 2 quizzes answered", for the import confirmation. */
export function summarize(p: Progress): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    `${count(p.lessonsRead.length, 'lesson', 'lessons')} read`,
    `${count(Object.keys(p.challenges).length, 'challenge', 'challenges')} solved`,
    `${count(Object.keys(p.quizzes).length, 'quiz', 'quizzes')} answered`,
    `${count(Object.keys(p.predictions ?? {}).length, 'prediction', 'predictions')} made`,
  ].join(', ');
}
