/**
 * Parsing one scenario file: YAML → zod schema → the model's Scenario. No node:fs here, so
 * browser code (islands) can parse scenario text too. Errors name the file and the field path.
 */
import { parse } from 'yaml';
import type { ZodIssue } from 'astro/zod';
import type { Scenario } from '../model/scenario';
import { unknownName } from '../model/suggest';
import { scenarioSchema } from '../schemas/scenario';

/** Parses and validates one scenario file's text. */
export function parseScenario(text: string, fileName: string): Scenario {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new Error(`${fileName}: invalid YAML: ${String((e as Error).message).split('\n')[0]}`);
  }
  const r = scenarioSchema.safeParse(data);
  if (!r.success) throw new Error(`${fileName}: ${formatIssue(r.error.issues[0])}`);
  const base = fileName
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.ya?ml$/, '');
  if (base && base !== r.data.id)
    throw new Error(`${fileName}: id: '${r.data.id}' must match the file name '${base}'`);
  return r.data;
}

/** "cpus[1].program" */
export function formatPath(path: (string | number)[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(root)'
  );
}

/** One zod issue as "path: message", with "did you mean" for enum typos. */
export function formatIssue(issue: ZodIssue): string {
  const where = formatPath(issue.path);
  if (issue.code === 'invalid_enum_value') {
    const field = String([...issue.path].reverse().find((p) => typeof p === 'string') ?? 'value');
    return `${where}: ${unknownName(field, String(issue.received), issue.options.map(String))}`;
  }
  if (issue.code === 'unrecognized_keys')
    return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  if (issue.code === 'invalid_type')
    return `${where}: expected ${issue.expected}, got ${issue.received}`;
  return `${where}: ${issue.message}`;
}
