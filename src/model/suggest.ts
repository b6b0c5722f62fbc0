/** "Did you mean …?" for names typed by people (CLI flags, YAML fields). */

/** Levenshtein distance, small inputs only. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * The closest known name, if it is close enough to be a plausible typo: within a third of the
 * input's length (at least one edit). One- and two-letter names (CPU and page names) get no guess:
 * every other short name is "close".
 */
export function nearest(input: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(input.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  const limit = input.length <= 2 ? 0 : Math.max(1, Math.floor(input.length / 3));
  return best !== null && bestD <= limit ? best : null;
}

/** "unknown scenario 'x' (did you mean y?)" */
export function unknownName(kind: string, input: string, known: readonly string[]): string {
  const near = nearest(input, known);
  return `unknown ${kind} '${input}'${near ? ` (did you mean ${near}?)` : ` (known: ${known.join(', ')})`}`;
}
