/**
 * Reads the course from content/lessons/NN-slug.mdx before Astro does, so that a mistake fails the
 * build with the file, the field and a hint — and so that the sidebar can follow the numeric
 * prefixes. Astro validates the same frontmatter again with the same schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lessonFrontmatter, type LessonFrontmatter } from '../schemas/lesson';
import { formatIssues } from '../schemas/errors';
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
    throw new Error(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
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

/**
 * Problems that involve several lessons: duplicate prefixes, unknown prerequisites. `ids` holds
 * every well-named file's id, so a lesson with a frontmatter typo still counts as existing.
 */
function crossCheck(lessons: LessonFile[], ids: string[]): string[] {
  const problems: string[] = [];
  for (const lesson of lessons) {
    const twin = lessons.find((other) => other !== lesson && other.order === lesson.order);
    if (twin && lesson.file < twin.file) {
      problems.push(
        `${lesson.file}: prefix ${String(lesson.order).padStart(2, '0')} is also used by ${twin.file}`,
      );
    }
    lesson.data.prerequisites.forEach((id, i) => {
      if (ids.includes(id)) return;
      const hint = closest(id, ids);
      problems.push(
        `${lesson.file}: prerequisites[${i}]: no lesson has the id '${id}'${hint ? ` (did you mean ${hint}?)` : ''}`,
      );
    });
  }
  return problems;
}

/** Every lesson in course order; throws one Error listing every problem found. */
export function readCourse(dir = LESSONS_DIR): LessonFile[] {
  const names = readdirSync(dir).filter((name) => !name.startsWith('.') && !name.startsWith('_'));
  const ids = names.flatMap((name) => parseLessonFileName(name)?.id ?? []);
  const results = names.map((name) => readLesson(dir, name));
  const lessons = results.filter((r): r is LessonFile => typeof r !== 'string');
  const problems = [
    ...results.filter((r): r is string => typeof r === 'string'),
    ...crossCheck(lessons, ids),
  ];
  if (problems.length > 0) throw new Error(`Invalid lesson content:\n${problems.join('\n')}`);
  return lessons.sort((a, b) => a.order - b.order);
}
