/**
 * Turns a zod error into one readable line per problem, naming the file and the field, so that an
 * instructor's typo fails the build with a message that says what to fix.
 */
import type { z } from 'astro/zod';
import { elementOf, shapeOf } from './fields';
import { nearest as closest } from '../model/suggest';

/** Renders a field path like `kernelRefs[0].commit`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** The field names an object schema accepts at a path, for "did you mean" hints. */
function fieldsAt(schema: z.ZodTypeAny | undefined, path: readonly (string | number)[]): string[] {
  let current: z.ZodTypeAny | null | undefined = schema;
  for (const part of path) {
    if (!current) return [];
    current = typeof part === 'number' ? elementOf(current) : (shapeOf(current)?.[part] ?? null);
  }
  return Object.keys((current && shapeOf(current)) ?? {});
}

function unknownField(key: string, known: string[]): string {
  const hint = closest(key, known);
  return `unknown field '${key}'${hint ? ` (did you mean ${hint}?)` : ''}`;
}

function describeIssue(issue: z.ZodIssue, schema?: z.ZodTypeAny): string {
  if (issue.code === 'unrecognized_keys') {
    const known = fieldsAt(schema, issue.path);
    return issue.keys.map((key) => unknownField(key, known)).join(', ');
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined') {
    return 'required field is missing';
  }
  return issue.message;
}

/**
 * One line per issue: `content/lessons/01-x.mdx: minutes: required field is missing`. Pass the
 * schema to get "did you mean" hints for misspelt fields.
 */
export function formatIssues(file: string, error: z.ZodError, schema?: z.ZodTypeAny): string {
  return error.issues
    .map((issue) => {
      const field = fieldPath(issue.path);
      return `${file}: ${field ? `${field}: ` : ''}${describeIssue(issue, schema)}`;
    })
    .join('\n');
}

/**
 * A mistake in course content (a lesson, a scenario, a component's props). Each problem is one
 * line, `file: field: what is wrong (hint)`, so the build, the dev server and the CLI can all show
 * it as it is; the CLI prints the first one and exits 2.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: string[];

  /** With a heading, the message is the heading and then one problem per line. */
  constructor(problems: string[], heading?: string) {
    super(heading ? `${heading}:\n${problems.join('\n')}` : problems.join('\n'));
    this.problems = problems;
  }
}
