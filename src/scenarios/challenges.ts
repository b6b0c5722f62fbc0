/**
 * Every challenge of the course, checked and in campaign order, for the build (Node only: reads
 * content/). The progress page, the sidebar marks and `<Lab challenge="…">` all read this list;
 * a challenge is known by its key, `<scenario>/<id>`.
 *
 * Campaign order: by the lesson that poses it (course order), then `order`, then the order of
 * the scenario files and of the challenges within a file. Challenges without a lesson come last.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltChallenge } from '../model/challenge/types';
import { unknownName } from '../model/suggest';
import { ContentError } from '../schemas/errors';
import { parseLessonFileName } from '../site/lessons';
import { checkChallengesCached } from './challengeCheck';
import { loadScenarioFiles, type ScenarioFile } from './load';

export const CHALLENGE_DIRS = { scenarios: 'content/scenarios', lessons: 'content/lessons' };

/** Lesson id → its place in the course, from the NN-slug.mdx file names. */
function lessonOrder(dir: string): Map<string, number> {
  const order = new Map<string, number>();
  for (const name of readdirSync(dir)) {
    const place = parseLessonFileName(name);
    if (place) order.set(place.id, place.order);
  }
  return order;
}

/** A challenge's `lesson:` must name a lesson of the course. */
function lessonProblems(files: ScenarioFile[], lessons: Map<string, number>): string[] {
  return files.flatMap(({ file, scenario }) =>
    (scenario.challenges ?? []).flatMap((c, i) =>
      c.lesson && !lessons.has(c.lesson)
        ? [
            `${file}: challenges[${i}].lesson: ${unknownName('lesson', c.lesson, [...lessons.keys()])}`,
          ]
        : [],
    ),
  );
}

/**
 * Every problem with the course's challenges (file and field on each line), and the built list.
 * Explorations come from the verdict cache when neither a scenario nor the model changed.
 */
export function challengeReport(
  dirs = CHALLENGE_DIRS,
  log: (line: string) => void = () => {},
): { challenges: BuiltChallenge[]; problems: string[] } {
  const files = loadScenarioFiles(dirs.scenarios);
  const lessons = lessonOrder(dirs.lessons);
  const problems = lessonProblems(files, lessons);
  const found: Array<BuiltChallenge & { at: number }> = [];
  for (const { file, scenario } of files) {
    const r = checkChallengesCached(scenario, file);
    for (const t of r.times)
      log(
        `${file} ${t.challenge}: ${t.ms.toFixed(1)} ms${r.cached ? ' (cached, not re-explored)' : ''}`,
      );
    problems.push(...r.problems);
    for (const built of r.built) found.push({ ...built, at: found.length });
  }
  const place = (c: BuiltChallenge) => (c.lesson ? (lessons.get(c.lesson) ?? 1e3) : 1e3);
  found.sort((a, b) => place(a) - place(b) || (a.order ?? 0) - (b.order ?? 0) || a.at - b.at);
  return { challenges: found.map(({ at: _, ...c }) => c), problems };
}

let memo: { signature: string; challenges: BuiltChallenge[] } | undefined;

/** Names and modification times of the content files: a change means "check them again". */
function signature(dirs: typeof CHALLENGE_DIRS): string {
  return [dirs.scenarios, dirs.lessons]
    .flatMap((dir) => readdirSync(dir).map((n) => `${dir}/${n}@${statSync(join(dir, n)).mtimeMs}`))
    .join('|');
}

/** Every built challenge in campaign order; throws a ContentError listing every problem. */
export function allChallenges(dirs = CHALLENGE_DIRS): BuiltChallenge[] {
  const sig = signature(dirs);
  if (memo?.signature === sig) return memo.challenges;
  const { challenges, problems } = challengeReport(dirs);
  if (problems.length) throw new ContentError(problems, 'Invalid challenges');
  memo = { signature: sig, challenges };
  return challenges;
}

/** The challenge with this key (`<scenario>/<id>`), or undefined. */
export function challengeByKey(key: string, dirs = CHALLENGE_DIRS): BuiltChallenge | undefined {
  return allChallenges(dirs).find((c) => c.key === key);
}
