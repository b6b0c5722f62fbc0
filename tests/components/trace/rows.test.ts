import { describe, expect, it } from 'vitest';
import { allScenarios, exploration } from '../../../src/components/lib/model';
import { buildTrace, lockHolders, pageStates } from '../../../src/components/lib/trace/rows';
import { outcome, replay, type Variants } from '../../../src/model';

const scenario = allScenarios().find((s) => s.id === 'isolate-vs-deflate')!;
const broken: Variants = { balloon: 'no-page-lock', core: 'core-page-lock' };
const patched: Variants = { balloon: 'patched', core: 'core-page-lock' };
const shortest = exploration(scenario, broken)
  .violations.map((v) => v.schedule)
  .sort((a, b) => a.length - b.length)[0];

describe('trace rows', () => {
  const trace = buildTrace(scenario, broken, shortest);

  it('has a start row and one row per step, each naming its CPU, code and function', () => {
    expect(trace.rows).toHaveLength(shortest.length + 1);
    expect(trace.rows[0]).toMatchObject({ index: 0, cpu: null, code: '', violations: [] });
    expect(trace.rows[0].pages).toEqual(['P: onList; private b; on balloon list; refcount 1']);
    const records = replay(scenario, broken, shortest).records;
    trace.rows.slice(1).forEach((row, i) => {
      expect(row.index).toBe(i + 1);
      expect(row.cpu).toBe(scenario.cpus[shortest[i]].name);
      expect(row.code).toBe(records[i].code);
      expect(row.fn).toBe(records[i].fn);
      expect(row.narration).toBe(records[i].narration);
    });
    expect(trace.schedule.join(',')).toMatch(/^[AB](,[AB])*$/);
  });

  it('states the violation plainly on the last row and in the ending', () => {
    const last = trace.rows.at(-1)!;
    expect(last.violations.some((v) => v.includes('list corruption'))).toBe(true);
    expect(last.events).toEqual(['P: ISOLATE refused in deflated']);
    expect(trace.ending.verdict).toBe('violation');
    expect(trace.ending.sentence).toMatch(
      new RegExp(`^This run breaks an invariant at step ${shortest.length}: CPU A unlinks P`),
    );
  });

  it('shows who holds which lock after each step, and who waits', () => {
    const spinning = trace.rows.find((r) => r.narration.includes('CPU A spins'))!;
    expect(spinning.locks).toContain('balloon_pages_lock: CPU B (A waits)');
    expect(spinning.locks).toContain('driver mutex: CPU B');
    expect(trace.rows[0].locks).toEqual([]);
  });

  it('ends a completed run with the model’s outcome sentence', () => {
    const run = exploration(scenario, patched).outcomes.find((o) =>
      o.outcome.id.includes('isolate-deflated'),
    )!;
    const view = buildTrace(scenario, patched, run.schedule);
    expect(view.ending).toEqual({
      verdict: 'finished',
      sentence: `Every CPU finished. ${run.outcome.sentence}`,
    });
    expect(view.rows.flatMap((r) => r.violations)).toEqual([]);
  });

  it('says which CPUs have not finished when the schedule stops part-way', () => {
    const view = buildTrace(scenario, patched, [0, 1]);
    expect(view.ending).toEqual({
      verdict: 'ok',
      sentence: 'The schedule stops here with no invariant broken; CPUs A and B have not finished.',
    });
  });

  it('describes pages and locks from the model’s state view', () => {
    const r = replay(scenario, broken, shortest);
    const final = r.snapshots.at(-1)!;
    expect(outcome(final)).toBeNull();
    expect(pageStates(final)).toEqual(['P: deflated; private 0; on no list; refcount 2']);
    expect(lockHolders(final)).toEqual([
      'balloon_pages_lock: CPU A',
      'driver mutex: CPU B',
      'page lock of P: CPU A',
    ]);
  });
});
