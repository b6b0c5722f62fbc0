import { describe, expect, it } from 'vitest';
import { explore } from '../../../src/model';
import { loadScenarios } from '../../../src/scenarios/load';
import { buildCheckView, shortestPerInvariant } from '../../../src/islands/checker/view';

const scenario = (id: string) => loadScenarios().find((s) => s.id === id)!;

describe('buildCheckView', () => {
  it('a safe variant has the explorer numbers and no counterexample', () => {
    const s = scenario('isolate-vs-deflate');
    const variants = { balloon: 'patched', core: 'core-page-lock' } as const;
    const report = explore(s, variants);
    const view = buildCheckView(s, variants, report);
    expect(view).toMatchObject({
      verdict: 'safe',
      states: report.states,
      transitions: report.transitions,
    });
    expect(view.counterexamples).toEqual([]);
    expect(view.outcomes.map((o) => o.id)).toContain('A:isolate-deflated,B:deflate-took-P');
    expect(view.outcomes.every((o) => o.schedule.every((n) => n === 'A' || n === 'B'))).toBe(true);
  });

  it('an unsafe variant gets one replayed counterexample per broken invariant', () => {
    const s = scenario('isolate-vs-deflate');
    const view = buildCheckView(s, { balloon: 'no-page-lock', core: 'core-page-lock' });
    const invariants = view.counterexamples.map((c) => c.invariant);
    expect(new Set(invariants).size).toBe(invariants.length);
    expect(invariants[0]).toBe('list-corruption');
    for (const c of view.counterexamples) {
      expect(c.steps).toHaveLength(c.schedule.length);
      expect(c.steps.map((step) => step.cpu)).toEqual(c.schedule);
      expect(c.steps.at(-1)!.breaks).toContain(c.invariant);
    }
    const first = view.counterexamples[0];
    expect(first.steps.at(-1)).toMatchObject({
      cpu: 'A',
      code: 'list_del(&page->lru);',
      fn: 'balloon_page_isolate',
    });
  });

  it('keeps the shortest schedule per invariant and puts warnings last', () => {
    const v = (invariant: 'warn' | 'counting', severity: 'error' | 'warning', n: number) => ({
      violation: { invariant, severity, message: '' },
      schedule: Array(n).fill(0),
    });
    const kept = shortestPerInvariant([
      v('warn', 'warning', 2),
      v('counting', 'error', 9),
      v('counting', 'error', 5),
    ]);
    expect(kept.map((k) => [k.violation.invariant, k.schedule.length])).toEqual([
      ['counting', 5],
      ['warn', 2],
    ]);
  });
});

describe('rule i', () => {
  it('reports finalize outside the lock without judging it', () => {
    const s = scenario('migrate-vs-deflate');
    const view = buildCheckView(s, { balloon: 'patched-finalize-outside', core: 'core-page-lock' });
    expect(view.verdict).toBe('safe');
    expect(view.ruleI).toEqual([
      expect.objectContaining({
        cpu: 'A',
        code: 'balloon_page_finalize(page);',
        fn: 'balloon_page_migrate',
      }),
    ]);
    expect(buildCheckView(s, { balloon: 'patched', core: 'core-page-lock' }).ruleI).toEqual([]);
  });
});
