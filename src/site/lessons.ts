/**
 * Reads the course from content/lessons/NN-slug.mdx before Astro does, so that a mistake fails the
 * build with the file, the field and a hint — and so that the sidebar can follow the numeric
 * prefixes. Astro validates the same frontmatter again with the same schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lessonFrontmatter, type LessonFrontmatter } from '../schemas/lesson';
import { ContentError, formatIssues } from '../schemas/errors';
import { repeatedIds, widgetIds } from './widget-ids';
import { nearest as closest } from '../model/suggest';

export const LESSONS_DIR = 'content/lessons';

export interface LessonFile {
  /** The numeric prefix: the lesson's place in the course. */
  order: number;
  /** The file name without prefix and extension; the URL is /lessons/<id>/. */
  id: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  data: LessonFrontmatter;
}

/** `07-the-fix.mdx` → { order: 7, id: 'the-fix' }; null when the name does not follow NN-slug.mdx. */
export function parseLessonFileName(fileName: string): { order: number; id: string } | null {
  const match = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/.exec(fileName);
  if (!match) return null;
  return { order: Number(match[1]), id: match[2] };
}

/** The YAML between the leading `---` fences, parsed; `{}` when there is none. */
export function readFrontmatter(text: string, file: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new Error(`${file}: the file must start with a --- frontmatter block ---`);
  try {
    return parseYaml(match[1]) ?? {};
  } catch (error) {
    throw new Error(
      `${file}: frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

/** Validates one lesson file's name and frontmatter; returns the problems, one line each. */
function readLesson(dir: string, name: string): LessonFile | string {
  const file = join(dir, name);
  const place = parseLessonFileName(name);
  if (!place)
    return `${file}: a lesson file must be named NN-slug.mdx, e.g. 03-life-of-a-balloon-page.mdx`;
  let raw: unknown;
  try {
    raw = readFrontmatter(readFileSync(file, 'utf8'), file);
  } catch (error) {
    return (error as Error).message;
  }
  const parsed = lessonFrontmatter.safeParse(raw);
  if (!parsed.success) return formatIssues(file, parsed.error, lessonFrontmatter);
  return { ...place, file, data: parsed.data };
}

/** A well-named lesson file's place, whatever its frontmatter: what prerequisites may point at. */
interface Place {
  order: number;
  id: string;
  file: string;
}

/** Two files whose names give one prefix, or one id (`07-the-fix.mdx` and `10-the-fix.mdx`). */
function clashes(places: Place[]): string[] {
  const problems: string[] = [];
  places.forEach((place, i) => {
    const earlier = places.slice(0, i);
    const twin = earlier.find((other) => other.order === place.order);
    if (twin) {
      problems.push(
        `${twin.file}: prefix ${String(place.order).padStart(2, '0')} is also used by ${place.file}`,
      );
    }
    const same = earlier.find((other) => other.id === place.id);
    if (same) {
      problems.push(
        `${place.file}: (file name): the lesson id '${place.id}' is also the id of ${same.file} (rename one: the id is the file name after NN-)`,
      );
    }
  });
  return problems;
}

/** What is wrong with one prerequisite: unknown, the lesson itself, or a lesson that comes later. */
function prerequisiteProblem(lesson: LessonFile, id: string, places: Place[]): string | undefined {
  const target = places.find((place) => place.id === id);
  if (!target) {
    const hint = closest(
      id,
      places.map((place) => place.id),
    );
    return `no lesson has the id '${id}'${hint ? ` (did you mean ${hint}?)` : ''}`;
  }
  if (target.file === lesson.file) return `a lesson cannot be its own prerequisite ('${id}')`;
  if (target.order >= lesson.order) {
    return `'${id}' is ${target.file}, which does not come before this lesson (a prerequisite must be an earlier lesson)`;
  }
  return undefined;
}

/**
 * Problems that involve several lessons: clashing names, prerequisites that are unknown or not
 * earlier, widget ids used twice. `places` holds every well-named file, so a lesson with a
 * frontmatter typo still counts as existing.
 */
function crossCheck(lessons: LessonFile[], places: Place[]): string[] {
  const problems = clashes(places);
  for (const lesson of lessons) {
    lesson.data.prerequisites.forEach((id, i) => {
      const problem = prerequisiteProblem(lesson, id, places);
      if (problem) problems.push(`${lesson.file}: prerequisites[${i}]: ${problem}`);
    });
  }
  const ids = places.flatMap((place) => widgetIds(readFileSync(place.file, 'utf8'), place.file));
  return [...problems, ...repeatedIds(ids)];
}

/** Every lesson in course order; throws one ContentError listing every problem found. */
export function readCourse(dir = LESSONS_DIR): LessonFile[] {
  const names = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .sort();
  const places = names.flatMap((name) => {
    const place = parseLessonFileName(name);
    return place ? [{ ...place, file: join(dir, name) }] : [];
  });
  const results = names.map((name) => readLesson(dir, name));
  const lessons = results.filter((r): r is LessonFile => typeof r !== 'string');
  const problems = [
    ...results.filter((r): r is string => typeof r === 'string').flatMap((r) => r.split('\n')),
    ...crossCheck(lessons, places),
  ];
  if (problems.length > 0) throw new ContentError(problems, 'Invalid lesson content');
  return lessons.sort((a, b) => a.order - b.order);
}
