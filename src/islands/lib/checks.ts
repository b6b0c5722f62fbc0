/**
 * Small hand-written validators for data read back from localStorage or an imported file (no
 * schema library reaches the client bundle). Each one keeps the valid part of a value and counts
 * what it had to leave out, so the caller can keep the rest and say how much was dropped.
 */

/** What a check made of stored data: all of it (`ok`), the valid part with what was dropped, or
 * nothing usable (`problem`; `newer` holds the version number when a newer course wrote it). */
export type Checked<T> = { ok: T; dropped?: string } | { problem: string; newer?: number };

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';
export const isIndex = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The version problem of a parsed value, or undefined when it carries one of `readable` (the
 * current version first, then older ones a migration understands).
 */
export function versionProblem(
  v: unknown,
  what: string,
  readable: readonly number[],
): { problem: string; newer?: number } | undefined {
  if (!isRecord(v)) return { problem: `not ${what}` };
  const current = readable[0];
  if (typeof v.version === 'number' && v.version > current) {
    return { problem: `${what} from a newer version (${v.version})`, newer: v.version };
  }
  if (readable.includes(v.version as number)) return undefined;
  return { problem: `not ${what} (version ${readable.join(' or ')})` };
}

/** The strings of a list, and how many other values it held. */
export function strings(v: unknown): [string[], number] {
  if (!Array.isArray(v)) return [[], v === undefined ? 0 : 1];
  const kept = v.filter(isString);
  return [kept, v.length - kept.length];
}

/** The entries of a record whose values pass `test`, and how many did not. */
export function entriesOf<V>(
  v: unknown,
  test: (x: unknown) => x is V,
): [Record<string, V>, number] {
  if (v === undefined) return [{}, 0];
  if (!isRecord(v)) return [{}, 1];
  const kept = Object.entries(v).filter(([, x]) => test(x));
  return [Object.fromEntries(kept) as Record<string, V>, Object.keys(v).length - kept.length];
}

/** Parses text and checks it; unparsable text is a problem like any other. */
export function parseChecked<T>(text: string, check: (v: unknown) => Checked<T>): Checked<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'not readable JSON' };
  }
  return check(parsed);
}
