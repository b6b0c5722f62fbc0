/**
 * `npm run lint:content [files…]`: lints every lesson and course page (or the files named) and
 * exits 1 when any rule is broken, 2 when a named file does not exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, lintCourse } from './lint-content';

const CONTENT_DIRS = ['content/lessons', 'content/pages'];

function defaultFiles(): string[] {
  return CONTENT_DIRS.filter(existsSync).flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => join(dir, name)),
  );
}

function main(args: string[]): number {
  const files = args.length > 0 ? args : defaultFiles();
  const missing = files.find((file) => !existsSync(file));
  if (missing) {
    console.error(`lint:content: no such file: ${missing}`);
    return 2;
  }
  const problems = lintCourse(files.map((file) => ({ file, mdx: readFileSync(file, 'utf8') })));
  for (const problem of problems) console.error(formatProblem(problem));
  console.log(`lint:content: ${files.length} files, ${problems.length} problems`);
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
