import { describe, expect, it } from 'vitest';
import { allScenarios, exploration } from '../../../src/components/lib/model';
import { buildTrace } from '../../../src/components/lib/trace/rows';
import { keyTarget, stepNarration, verdictAt } from '../../../src/islands/trace/stepper';
import type { Variants } from '../../../src/model';

const scenario = allScenarios().find((s) => s.id === 'isolate-vs-deflate')!;
const broken: Variants = { balloon: 'no-page-lock', core: 'core-page-lock' };
const patched: Variants = { balloon: 'patched', core: 'core-page-lock' };
const shortest = exploration(scenario, broken)
  .violations.map((v) => v.schedule)
  .sort((a, b) => a.length - b.length)[0];
const race = buildTrace(scenario, broken, shortest);
const last = race.rows.length - 1;

describe('the trace stepper', () => {
  it('moves with the arrow keys, Home and End, and stays in range', () => {
    expect(keyTarget('ArrowRight', 0, last)).toBe(1);
    expect(keyTarget('ArrowLeft', 3, last)).toBe(2);
    expect(keyTarget('ArrowLeft', 0, last)).toBe(0);
    expect(keyTarget('ArrowRight', last, last)).toBe(last);
    expect(keyTarget('Home', 5, last)).toBe(0);
    expect(keyTarget('End', 5, last)).toBe(last);
    expect(keyTarget('Enter', 5, last)).toBeNull();
  });

  it('narrates the start and each step with its CPU, function and what happened', () => {
    expect(stepNarration(race, 0)).toBe(
      'Start, before the first step. P: onList; private b; on balloon list; refcount 1.',
    );
    const row = race.rows[1];
    expect(stepNarration(race, 1)).toBe(
      `Step 1 of ${last}: CPU ${row.cpu} in ${row.fn}(). ${row.narration}.`,
    );
  });

  it('ends the last step’s narration with the violation and the ending', () => {
    const said = stepNarration(race, last);
    expect(said).toContain('Lifecycle event P: ISOLATE refused in deflated.');
    expect(said).toContain('Violation: CPU A unlinks P');
    expect(said.endsWith(race.ending.sentence)).toBe(true);
  });

  it('reports a violation only from the step that breaks an invariant on', () => {
    const firstBad = race.rows.findIndex((r) => r.violations.length > 0);
    expect(verdictAt(race, firstBad - 1)).toBe('ok');
    expect(verdictAt(race, firstBad)).toBe('violation');
    expect(verdictAt(race, last)).toBe('violation');
  });

  it('reports finished on the last step of a completed run', () => {
    const run = exploration(scenario, patched).outcomes[0];
    const view = buildTrace(scenario, patched, run.schedule);
    expect(verdictAt(view, 0)).toBe('ok');
    expect(verdictAt(view, view.rows.length - 1)).toBe('finished');
  });
});
