/**
 * goalMet() on real runs: a break goal is met by the step that breaks the invariant and stays
 * met; a reach goal only once the run has ended in an outcome with every named part; an
 * impossible goal never.
 */
import { describe, expect, it } from 'vitest';
import {
  goalMet,
  outcome,
  outcomeMatches,
  replay,
  scheduleFromNames,
  type Variants,
} from '../../../src/model';
import { loadScenarios } from '../../../src/scenarios/load';
import { eachInTurn } from './runs';

const scenario = loadScenarios().find((s) => s.id === 'isolate-vs-deflate')!;
const claim = scenario.expect.find((e) => e.balloon === 'no-page-lock')!;
const noPageLock: Variants = { balloon: 'no-page-lock', core: 'core-page-lock' };
const states = (variants: Variants, names: string[]) =>
  replay(scenario, variants, scheduleFromNames(scenario, names)).snapshots;

describe('goalMet', () => {
  it('meets a break goal from the step that breaks the invariant on', () => {
    const snapshots = states(noPageLock, claim.proof!);
    const corrupt = { kind: 'break', invariant: 'list-corruption' } as const;
    const first = snapshots.findIndex((s) => goalMet(corrupt, s));
    expect(first).toBeGreaterThan(0);
    expect(snapshots[first].violations.map((v) => v.invariant)).toContain('list-corruption');
    expect(snapshots[first - 1].violations.map((v) => v.invariant)).not.toContain(
      'list-corruption',
    );
    expect(snapshots.slice(first).every((s) => goalMet(corrupt, s))).toBe(true);
  });

  it('meets a reach goal only at the end, for one CPU or for all of them', () => {
    // B deflates and frees P first; A's lockless pre-check then finds no movable_ops page.
    const schedule = eachInTurn(scenario, noPageLock, [1, 0]);
    const run = replay(scenario, noPageLock, schedule).snapshots;
    const end = run.at(-1)!;
    expect(outcome(end)?.id).toBe('A:isolate-not-movable,B:deflate-took-P');
    const took = { kind: 'reach', outcome: 'B:deflate-took-P' } as const;
    expect(goalMet(took, end)).toBe(true);
    expect(run.slice(0, -1).some((s) => goalMet(took, s))).toBe(false);
    expect(goalMet({ kind: 'reach', outcome: 'A:isolate-not-movable,B:deflate-took-P' }, end)).toBe(
      true,
    );
    expect(goalMet({ kind: 'reach', outcome: 'A:isolate-putback,B:deflate-took-P' }, end)).toBe(
      false,
    );
  });

  it('never meets an impossible goal', () => {
    const end = states(noPageLock, claim.proof!).at(-1)!;
    expect(end.violations.length).toBeGreaterThan(0);
    expect(goalMet({ kind: 'impossible' }, end)).toBe(false);
  });
});

describe('outcomeMatches', () => {
  it('matches whole parts, never a prefix of one', () => {
    const id = 'A:isolate-putback,B:deflate-skipped-P-short';
    expect(outcomeMatches('B:deflate-skipped-P-short', id)).toBe(true);
    expect(outcomeMatches('B:deflate-skipped-P', id)).toBe(false);
    expect(outcomeMatches('B:deflate-skipped-P-short, A:isolate-putback', id)).toBe(true);
  });
});
