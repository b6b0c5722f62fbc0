/** The checker against docs/kernel-model.md §8, and the shape of what it reports. */
import { describe, expect, it } from 'vitest';
import {
  cpuStatus,
  explore,
  initialState,
  replay,
  stateKey,
  violationKey,
  type Scenario,
  type Variants,
} from '../../src/model';
import { runStep } from '../../src/model/step';
import { loadScenarios } from '../../src/scenarios/load';

const scenarios = loadScenarios();
const get = (id: string): Scenario => scenarios.find((s) => s.id === id)!;
const v = (balloon: Variants['balloon'], core: Variants['core'] = 'core-page-lock'): Variants => ({
  balloon,
  core,
});

describe('§8 verdicts', () => {
  it('isolate-vs-deflate: page-lock safe with the "skipped P" short deflate reachable', () => {
    const r = explore(get('isolate-vs-deflate'), v('page-lock'));
    expect(r.verdict).toBe('safe');
    expect(r.outcomes.map((o) => o.outcome.sentence)).toContain(
      'Compaction (A) isolated P and put it back; deflate (B) skipped P because its page lock was held, came back short.',
    );
  });

  it('isolate-vs-deflate: no-page-lock unsafe (list corruption, lifecycle, leaked isolated_pages count)', () => {
    const r = explore(get('isolate-vs-deflate'), v('no-page-lock'));
    expect(r.verdict).toBe('unsafe');
    expect(new Set(r.violations.map((x) => x.violation.invariant))).toEqual(
      // leak: when A tears P off B's local list before B's release loop reads it, the loop finds
      // the list empty and the balloon's reference to P is never dropped.
      new Set(['list-corruption', 'lifecycle', 'counting', 'warn', 'leak']),
    );
  });

  it('isolate-vs-deflate: patched safe, and both orders of the race are reachable', () => {
    const r = explore(get('isolate-vs-deflate'), v('patched'));
    expect(r.verdict).toBe('safe');
    const ids = r.outcomes.map((o) => o.outcome.id);
    expect(ids).toContain('A:isolate-deflated,B:deflate-took-P');
    expect(ids).toContain('A:isolate-putback,B:deflate-short');
  });

  it('inflate-vs-isolate: safe in every balloon variant', () => {
    for (const b of ['page-lock', 'no-page-lock', 'patched', 'patched-finalize-outside'] as const) {
      expect(explore(get('inflate-vs-isolate'), v(b)).verdict, b).toBe('safe');
    }
  });

  it('double-isolate: safe with core-page-lock and core-test-and-set, unsafe with core-racy', () => {
    const s = get('double-isolate');
    expect(explore(s, v('patched', 'core-page-lock')).verdict).toBe('safe');
    expect(explore(s, v('patched', 'core-test-and-set')).verdict).toBe('safe');
    const racy = explore(s, v('patched', 'core-racy'));
    expect(racy.verdict).toBe('unsafe');
    expect(racy.violations.map((x) => x.violation.invariant)).toContain('counting');
  });

  it('patched-finalize-outside: no sequentially consistent race with today’s core, but rule i is marked', () => {
    for (const s of scenarios)
      expect(explore(s, v('patched-finalize-outside')).verdict, s.id).toBe('safe');
    const r = explore(get('migrate-vs-deflate'), v('patched-finalize-outside'));
    expect(r.ruleI.map((n) => n.lineId)).toEqual(['mig.finalize_out']);
    expect(explore(get('migrate-vs-deflate'), v('patched')).ruleI).toEqual([]);
  });
});

describe('the DONE WHEN counterexample', () => {
  it('reads as the race of §8, step by step', () => {
    const s = get('isolate-vs-deflate');
    const r = explore(s, v('no-page-lock'));
    const first = r.violations[0];
    expect(first.violation.invariant).toBe('list-corruption');
    const lines = replay(s, v('no-page-lock'), first.schedule).records.map(
      (x) => `${s.cpus[x.cpu].name} ${x.lineId}`,
    );
    expect(lines.slice(4)).toEqual([
      'A iso.read_early', // isolate reads page->private (b)
      'B deflate.mutex',
      'B deflate.spin_lock', // deflate takes the lock
      'B deflate.next',
      'B deflate.list_del', // unlinks
      'B deflate.finalize', // clears private
      'B deflate.list_add', // relinks on its local list
      'B deflate.count',
      'B deflate.next',
      'B deflate.spin_unlock', // unlocks
      'A iso.spin_lock',
      'A iso.list_del', // isolate unlinks from the driver's list
    ]);
  });
});

describe('report shape', () => {
  it('gives every violation a schedule that replays to it, shortest first', () => {
    const s = get('isolate-vs-deflate');
    const r = explore(s, v('no-page-lock'));
    let last = 0;
    for (const { violation, schedule } of r.violations) {
      expect(schedule.length).toBeGreaterThanOrEqual(last);
      last = schedule.length;
      const end = replay(s, v('no-page-lock'), schedule);
      expect(end.stoppedAt).toBeUndefined();
      expect(end.records.at(-1)!.violations.map(violationKey)).toContain(violationKey(violation));
    }
  });

  it('counts states and transitions deterministically', () => {
    const a = explore(get('full-cycle'), v('patched'));
    const b = explore(get('full-cycle'), v('patched'));
    expect([a.states, a.transitions]).toEqual([b.states, b.transitions]);
    expect(a.transitions).toBeGreaterThan(a.states);
  });

  it('counts violating states: the states a violating step enters, found by a separate search', () => {
    for (const [id, variants] of [
      ['isolate-vs-deflate', v('no-page-lock')],
      ['isolate-vs-deflate', v('patched')],
      ['double-isolate', v('patched', 'core-racy')],
    ] as const) {
      const s = get(id);
      const r = explore(s, variants);
      expect(r.violatingStates).toBe(countViolatingStates(s, variants));
      expect(r.violatingStates > 0).toBe(r.verdict === 'unsafe');
      expect(r.violatingStates).toBeLessThanOrEqual(r.states);
    }
  });
});

/** Depth-first, independent of the explorer's BFS: keys of states entered by a violating step. */
function countViolatingStates(scenario: Scenario, variants: Variants): number {
  const seen = new Set<string>();
  const violating = new Set<string>();
  const todo = [initialState(scenario, variants)];
  seen.add(stateKey(todo[0]));
  while (todo.length) {
    const s = todo.pop()!;
    s.cpus.forEach((_, cpu) => {
      if (cpuStatus(s, cpu).kind !== 'runnable') return;
      const { state, record } = runStep(s, cpu, true);
      const key = stateKey(state);
      if (record.violations.length) violating.add(key);
      if (seen.has(key)) return;
      seen.add(key);
      todo.push(state);
    });
  }
  return violating.size;
}
