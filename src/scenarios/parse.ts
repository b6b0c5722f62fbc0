/**
 * Parsing one scenario file: YAML → zod schema → the model's Scenario. No node:fs here, so
 * browser code (islands) can parse scenario text too. Errors name the file and the field path.
 */
import { parse } from 'yaml';
import type { ZodIssue } from 'astro/zod';
import type { Scenario } from '../model/scenario';
import { unknownName } from '../model/suggest';
import { ContentError } from '../schemas/errors';
import { SCENARIO_LIMITS, scenarioSchema } from '../schemas/scenario';

/** One problem with one scenario file, as a ContentError. */
const problem = (fileName: string, text: string) => new ContentError([`${fileName}: ${text}`]);

/** Parses and validates one scenario file's text; throws a ContentError naming file and field. */
export function parseScenario(text: string, fileName: string): Scenario {
  if (text.length > SCENARIO_LIMITS.file) {
    const size = `${Math.ceil(text.length / 1024)} KB`;
    throw problem(
      fileName,
      `(file): ${size} is too big: a scenario file may hold at most ${SCENARIO_LIMITS.file / 1024} KB (shorten description and notes)`,
    );
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw problem(fileName, `invalid YAML: ${String((e as Error).message).split('\n')[0]}`);
  }
  const r = scenarioSchema.safeParse(data);
  if (!r.success) throw problem(fileName, formatIssue(r.error.issues[0]));
  const base = fileName
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.ya?ml$/, '');
  if (base && base !== r.data.id)
    throw problem(fileName, `id: '${r.data.id}' must match the file name '${base}'`);
  return r.data;
}

/** "cpus[1].program" */
export function formatPath(path: (string | number)[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(root)'
  );
}

/** What a field's value names, where the field's own name does not say it. */
const NAMED_BY: Record<string, string> = { break: 'invariant' };

/** One zod issue as "path: message", with "did you mean" for enum typos. */
export function formatIssue(issue: ZodIssue): string {
  const where = formatPath(issue.path);
  if (issue.code === 'invalid_enum_value') {
    const last = String([...issue.path].reverse().find((p) => typeof p === 'string') ?? 'value');
    const field = NAMED_BY[last] ?? last;
    return `${where}: ${unknownName(field, String(issue.received), issue.options.map(String))}`;
  }
  if (issue.code === 'unrecognized_keys')
    return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  if (issue.code === 'invalid_type')
    return `${where}: expected ${issue.expected}, got ${issue.received}`;
  return `${where}: ${issue.message}`;
}
