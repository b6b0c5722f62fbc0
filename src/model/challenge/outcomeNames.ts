/**
 * Every outcome part a CPU of a scenario could end with, as outcome.ts spells them, so that a
 * challenge naming an outcome that can never exist (a typo, a page the scenario lacks) fails with
 * a "did you mean". Whether a name that does exist is reachable is the explorer's question.
 */
import { ISOLATE_RESULTS } from '../outcome';
import type { Scenario } from '../scenario';

/** Outcome parts any CPU can end with: blocked for good, or crashed in a BUG(). */
const ANY_PROGRAM = ['stuck', 'bug'];

/** Every non-empty set of page names, joined by '+' in page order (as outcome.ts joins them). */
function pageSets(pages: readonly string[]): string[] {
  const sets: string[] = [];
  for (let mask = 1; mask < 1 << pages.length; mask++)
    sets.push(pages.filter((_, i) => mask & (1 << i)).join('+'));
  return sets;
}

/** deflate-took-X, deflate-took-X-skipped-Y, …, -short, and deflate-nothing. */
function deflateParts(pages: readonly string[]): string[] {
  const took = ['', ...pageSets(pages).map((p) => `-took-${p}`)];
  const skipped = ['', ...pageSets(pages).map((p) => `-skipped-${p}`)];
  const parts = ['deflate-nothing'];
  for (const t of took)
    for (const s of skipped)
      for (const short of ['', '-short']) if (t + s + short) parts.push(`deflate${t}${s}${short}`);
  return parts;
}

/** The outcome parts CPU `cpu` of the scenario could end with (without the `<CPU>:` prefix). */
export function outcomePartNames(scenario: Scenario, cpu: number): string[] {
  const program = scenario.cpus[cpu].program;
  const pages = scenario.pages.map((p) => p.name);
  if (program === 'inflate') return ['inflated', ...ANY_PROGRAM];
  if (program === 'deflate') return [...deflateParts(pages), ...ANY_PROGRAM];
  return [...ISOLATE_RESULTS.map((r) => `isolate-${r}`), ...ANY_PROGRAM];
}

/** A few examples of a CPU's parts, for a message when nothing is close to the typo. */
export const OUTCOME_EXAMPLES: Record<Scenario['cpus'][number]['program'], string> = {
  inflate: 'inflated',
  deflate: 'deflate-took-P, deflate-skipped-P-short, deflate-short, deflate-nothing',
  isolate: ISOLATE_RESULTS.map((r) => `isolate-${r}`).join(', '),
};
