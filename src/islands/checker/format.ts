/**
 * Words for the checker's numbers and findings. Pure and small: the islands' initial bundle
 * carries this, never the model.
 */
import type { InvariantId } from '../../model';
import type { CheckSummary } from './types';

/** Each invariant of docs/kernel-model.md §7 as a noun phrase a learner reads. */
export const INVARIANT_NAMES: Record<InvariantId, string> = {
  'list-corruption': 'list corruption',
  lifecycle: 'page lifecycle',
  counting: 'isolated_pages count',
  'use-after-free': 'use after free',
  bug: 'BUG()',
  warn: 'WARN_ON_ONCE()',
  deadlock: 'deadlock',
  'sleeping-while-atomic': 'sleeping while atomic',
  leak: 'leaked page',
  counters: 'counter consistency',
};

/** "list corruption" → "List corruption"; a leading identifier (isolated_pages, BUG()) stays. */
export function capitalize(text: string): string {
  const first = text.split(' ')[0];
  return /[_()]/.test(first) ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Elapsed time with a precision that fits its size: "0.42 ms", "3.1 ms", "27 ms". */
export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** The one-word verdict shown before the sentence. */
export const verdictWord = (view: Pick<CheckSummary, 'verdict'>): string =>
  view.verdict === 'safe' ? 'Safe' : 'Unsafe';

/** data-verdict of the status region, as the widget contract names it. */
export const dataVerdict = (view: Pick<CheckSummary, 'verdict'>): 'ok' | 'violation' =>
  view.verdict === 'safe' ? 'ok' : 'violation';

/**
 * The verdict as a sentence built from the report: "0 of 225 reachable states break an invariant
 * (377 transitions explored)." or, when unsafe, which invariants break and how much was explored.
 */
export function verdictSentence(view: CheckSummary): string {
  const states = count(view.states, 'reachable state');
  const transitions = count(view.transitions, 'transition');
  if (view.verdict === 'safe')
    return `0 of ${states} break an invariant (${transitions} explored).`;
  const names = joinAnd(view.counterexamples.map((c) => INVARIANT_NAMES[c.invariant]));
  const n = view.counterexamples.length;
  return `${n === 1 ? 'An invariant breaks' : `${n} invariants break`} in some interleaving: ${names} (checked ${states} and ${transitions}).`;
}

/**
 * A schedule in runs, so a 30-step schedule stays readable: ['A','A','B'] → "A ×2, B".
 */
export function compressSchedule(names: readonly string[]): string {
  const runs: Array<{ name: string; n: number }> = [];
  for (const name of names) {
    const last = runs[runs.length - 1];
    if (last && last.name === name) last.n++;
    else runs.push({ name, n: 1 });
  }
  return runs.map((r) => (r.n > 1 ? `${r.name} ×${r.n}` : r.name)).join(', ');
}
