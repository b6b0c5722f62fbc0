/**
 * `npm run new -- lesson <slug>` and `npm run new -- scenario <id>`: write a commented starter file
 * that builds as it is. Exit 0 with the new file's path; exit 2 with one line on bad arguments.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonTemplate, scenarioTemplate } from './templates';

const USAGE =
  'usage: npm run new -- lesson <slug> | scenario <id>   (kebab-case, e.g. my-new-race)';
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class UsageError extends Error {}

/** The next free two-digit prefix in a lessons folder. */
export function nextPrefix(dir: string): string {
  const used = readdirSync(dir).flatMap((name) => /^(\d{2})-/.exec(name)?.[1] ?? []);
  const next = Math.max(0, ...used.map(Number)) + 1;
  if (next > 99) throw new UsageError(`${dir} already uses every prefix up to 99`);
  return String(next).padStart(2, '0');
}

/** "the-fix" → "The fix". */
const titleFrom = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, ' ');

/** Writes the starter file and returns its path; throws UsageError on bad input. */
export function scaffold(args: string[], root = '.'): string {
  const [kind, name, ...extra] = args;
  if (kind !== 'lesson' && kind !== 'scenario') throw new UsageError(USAGE);
  if (!name || extra.length > 0) throw new UsageError(USAGE);
  if (!KEBAB.test(name)) throw new UsageError(`'${name}' is not kebab-case; ${USAGE}`);
  const dir = join(root, kind === 'lesson' ? 'content/lessons' : 'content/scenarios');
  const taken = readdirSync(dir).find(
    (file) => file.replace(/^\d{2}-/, '').replace(/\.\w+$/, '') === name,
  );
  if (taken) throw new UsageError(`${join(dir, taken)} already exists`);
  const file =
    kind === 'lesson' ? join(dir, `${nextPrefix(dir)}-${name}.mdx`) : join(dir, `${name}.yaml`);
  if (existsSync(file)) throw new UsageError(`${file} already exists`);
  writeFileSync(file, kind === 'lesson' ? lessonTemplate(titleFrom(name)) : scenarioTemplate(name));
  return file;
}

function main(): number {
  try {
    const file = scaffold(process.argv.slice(2));
    console.log(`created ${file}\npreview it with: npm start`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`new: ${error.message}`);
    return 2;
  }
}

if (process.argv[1]?.endsWith('new.ts')) process.exitCode = main();
