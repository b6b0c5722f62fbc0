/** The computed cause of a broken invariant, and the replay under the fix it names. */
import { describe, expect, it } from 'vitest';
import {
  balloonKnobs,
  causeOf,
  explore,
  replay,
  replayUnderFix,
  scheduleFromNames,
  type Cause,
  type Scenario,
  type StepRecord,
  type Variants,
} from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';
import { isolateVsDeflate, migrateOnly, NO_PAGE_LOCK, PATCHED } from './helpers';

const SCENARIOS = loadScenarios();
const named = (id: string) => SCENARIOS.find((s) => s.id === id)!;

function causeFor(sc: Scenario, v: Variants, schedule: number[]) {
  const r = replay(sc, v, schedule);
  expect(r.stoppedAt).toBeUndefined();
  return { run: r, cause: causeOf(sc, v, r.records, r.snapshots) };
}

/** What every cause must satisfy against the run it explains. */
function expectWellFormed(
  cause: Cause | null,
  sc: Scenario,
  schedule: number[],
  records: StepRecord[],
) {
  expect(cause).not.toBeNull();
  const c = cause!;
  const steps = c.steps.map((s) => s.step);
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
  expect(new Set(steps).size).toBe(steps.length);
  for (const s of c.steps) {
    expect(s.step).toBeGreaterThanOrEqual(1);
    expect(s.step).toBeLessThanOrEqual(schedule.length);
    expect(s.cpu).toBe(sc.cpus[schedule[s.step - 1]].name);
    expect(c.sentence).toContain(`Step ${s.step}: `);
  }
  // The chain ends where the first broken invariant was reported.
  const first = records.findIndex((r) => r.violations.some((v) => v.severity === 'error'));
  expect(steps.at(-1)).toBe(first + 1);
  expect(records[first].violations).toContainEqual(c.violation);
  expect(c.sentence).not.toContain('`');
}

const claimedUnsafe = SCENARIOS.flatMap((sc) =>
  sc.expect
    .filter((e) => e.verdict !== 'safe' && e.proof)
    .map((e) => ({ sc, e, v: { balloon: e.balloon, core: e.core } as Variants })),
);

describe('causeOf on every claimed proof', () => {
  it.each(claimedUnsafe.map((x) => [`${x.sc.id} ${x.e.balloon}/${x.e.core}`, x]))(
    '%s',
    (_, { sc, e, v }) => {
      const schedule = scheduleFromNames(sc, e.proof!);
      const { run, cause } = causeFor(sc, v, schedule);
      expectWellFormed(cause, sc, schedule, run.records);
      expect(cause!.invariant).toBe(e.verdict);
      if (cause!.kind === 'violation') return;
      // A chain names a fix, and the fix really stops this schedule from breaking the invariant.
      const fixed = replayUnderFix(sc, cause!, schedule)!;
      const broken = fixed.replay.snapshots.at(-1)!.violations.map((x) => x.invariant);
      expect(broken).not.toContain(cause!.invariant);
      expect(fixed.sentence).toMatch(/^Under .*\.$/);
    },
  );

  it('explains the stale read by the reader, a different writer and the reader again', () => {
    for (const { sc, e, v } of claimedUnsafe) {
      const schedule = scheduleFromNames(sc, e.proof!);
      const { run, cause } = causeFor(sc, v, schedule);
      if (cause!.kind !== 'stale-read') continue;
      const [read, write, act] = cause!.steps.map((s) => run.records[s.step - 1]);
      expect(read.reads).toContainEqual(
        expect.objectContaining({ field: 'page->private', balloonPagesLock: false }),
      );
      expect(write.cpu).not.toBe(read.cpu);
      expect(write.writes.map((w) => w.field)).toContain('page->private');
      expect(act.cpu).toBe(read.cpu);
    }
  });
});

describe('causeOf on every violation the checker finds in a claimed variant pair', () => {
  const pairs = SCENARIOS.flatMap((sc) =>
    sc.expect.map(
      (e) => [`${sc.id} ${e.balloon}/${e.core}`, sc, { balloon: e.balloon, core: e.core }] as const,
    ),
  );
  it.each(pairs)('%s', (_, sc, v) => {
    for (const { schedule } of explore(sc, v).violations) {
      const { run, cause } = causeFor(sc, v, schedule);
      expectWellFormed(cause, sc, schedule, run.records);
    }
  });
});

describe('the lesson-6 race (isolate-vs-deflate, no-page-lock)', () => {
  const sc = named('isolate-vs-deflate');

  /** The cause and the fixed replay of a schedule written as CPU names. */
  const explain = (names: string) => {
    const schedule = scheduleFromNames(sc, names.split(','));
    const { cause } = causeFor(sc, NO_PAGE_LOCK, schedule);
    return { cause: cause!, fixed: replayUnderFix(sc, cause!, schedule)!.sentence };
  };

  it('says the stale read, the change under the lock and the act on the stale value', () => {
    const { cause, fixed } = explain('A,A,A,A,A,B,B,B,B,B,B,B,B,B,A,A');
    // A: precheck, try_get, trylock, test, read_early (5); B: mutex, spin_lock, next,
    // list_del, finalize (10), list_add, count, next, spin_unlock; A: spin_lock, list_del (16).
    expect(cause.sentence).toBe(
      'Step 5: CPU A read page->private = b without balloon_pages_lock. ' +
        'Step 10: CPU B cleared it under the lock. ' +
        "Step 16: CPU A unlinked P from CPU B's local pages list on the stale value.",
    );
    expect(cause.steps[0].text).toBe('CPU A read `page->private` = b without `balloon_pages_lock`');
    expect(cause.fix).toEqual({
      text: 'The fix moves the read under the lock — replay this schedule under the patched code.',
      variants: { balloon: 'patched', core: 'core-page-lock' },
    });
    // Patched, A takes the lock at its fifth step, so B spins at its second (step 7).
    expect(fixed).toBe(
      'Under the patched code, the schedule stops at step 7 of 16: CPU B is spinning on balloon_pages_lock held by CPU A.',
    );
  });

  it('finds the same chain when B already holds the lock as A reads (kernel-model.md §8)', () => {
    const { cause, fixed } = explain('B,B,B,B,A,A,A,A,A,B,B,B,B,B,A,A');
    // B: mutex, spin_lock, next, list_del (4); A: precheck … read_early (9) while B holds the
    // lock; B: finalize (10) … spin_unlock (14); A: spin_lock, list_del (16).
    expect(cause.steps.map((s) => [s.step, s.cpu])).toEqual([
      [9, 'A'],
      [10, 'B'],
      [16, 'A'],
    ]);
    expect(cause.sentence).toBe(
      'Step 9: CPU A read page->private = b without balloon_pages_lock (CPU B held it). ' +
        "Step 10: CPU B cleared it under the lock. Step 16: CPU A unlinked P from CPU B's local pages list on the stale value.",
    );
    // Patched, A's fifth step is spin_lock, and B holds the lock from step 2 to 14.
    expect(fixed).toBe(
      'Under the patched code, the schedule stops at step 9 of 16: CPU A is spinning on balloon_pages_lock held by CPU B.',
    );
  });

  it('fixes a BreakTheFix knob setting by turning the read under the lock on', () => {
    const knobs = balloonKnobs('no-page-lock');
    const v: Variants = { balloon: 'no-page-lock', core: 'core-page-lock', knobs };
    const proof = scheduleFromNames(sc, 'A,A,A,A,A,B,B,B,B,B,B,B,B,B,A,A'.split(','));
    const { cause } = causeFor(sc, v, proof);
    expect(cause!.fix!.variants).toEqual({ ...v, knobs: { ...knobs, readPrivateUnderLock: true } });
    expect(replayUnderFix(sc, cause!, proof)!.replay.stoppedAt?.index).toBe(6);
  });

  it('is null while nothing is broken', () => {
    const r = replay(
      sc,
      NO_PAGE_LOCK,
      scheduleFromNames(sc, 'A,A,A,A,A,B,B,B,B,B,B,B,B,B,A'.split(',')),
    );
    expect(causeOf(sc, NO_PAGE_LOCK, r.records, r.snapshots)).toBeNull();
  });
});

describe('the double-isolate race (core-racy)', () => {
  it('says both CPUs tested PG_movable_ops_isolated before either set it', () => {
    const sc = named('double-isolate');
    const v: Variants = { balloon: 'patched', core: 'core-racy' };
    const proof = scheduleFromNames(sc, 'A,A,A,A,A,A,A,A,B,B,B,B,B,B'.split(','));
    const { run, cause } = causeFor(sc, v, proof);
    expect(cause!.kind).toBe('test-then-set');
    // A: precheck, try_get, test (3), spin_lock, read, list_del (6) …; B: … test (11) … list_del (14).
    expect(cause!.steps.map((s) => [s.step, s.cpu])).toEqual([
      [3, 'A'],
      [6, 'A'],
      [11, 'B'],
      [14, 'B'],
    ]);
    for (const s of [cause!.steps[0], cause!.steps[2]])
      expect(run.records[s.step - 1].lineId).toBe('iso.test');
    expect(cause!.steps[2].text).toContain('CPU A had not set it yet');
    expect(cause!.fix!.variants).toEqual({ balloon: 'patched', core: 'core-test-and-set' });
  });
});

describe('the one-step fallback', () => {
  const migrateClaimed: Scenario = {
    ...migrateOnly,
    expect: [{ balloon: 'patched', core: 'core-test-and-set', verdict: 'safe' }],
  };
  const old: Variants = { balloon: 'page-lock', core: 'core-test-and-set' };

  it('names the violating step, and the patched code when the scenario claims it safe', () => {
    const schedule = new Array(11).fill(0);
    const { run, cause } = causeFor(migrateClaimed, old, schedule);
    expectWellFormed(cause, migrateClaimed, schedule, run.records);
    expect(cause).toMatchObject({ kind: 'violation', invariant: 'bug' });
    expect(cause!.steps).toHaveLength(1);
    expect(run.records[cause!.steps[0].step - 1].lineId).toBe('mig.vm_bug_on');
    expect(cause!.fix!.variants).toEqual({ balloon: 'patched', core: 'core-test-and-set' });
    const fixed = replayUnderFix(migrateClaimed, cause!, schedule)!;
    expect(fixed.replay.stoppedAt).toBeUndefined();
    expect(fixed.sentence).toMatch(
      /^Under the patched code, all 11 steps run and no invariant breaks/,
    );
  });

  it('offers no fix the scenario does not claim', () => {
    const schedule = new Array(11).fill(0);
    const { cause } = causeFor(migrateOnly, old, schedule);
    expect(cause!.fix).toBeNull();
    expect(replayUnderFix(migrateOnly, cause!, schedule)).toBeNull();
  });
});

describe('step records', () => {
  it('record each read of page->private with the locks the reader held', () => {
    const early = replay(isolateVsDeflate, NO_PAGE_LOCK, [0, 0, 0, 0, 0]).records[4];
    expect(early.lineId).toBe('iso.read_early');
    expect(early.reads).toEqual([
      { field: 'page->private', page: 'P', value: 1, balloonPagesLock: false, pageLock: true },
    ]);
    const locked = replay(isolateVsDeflate, PATCHED, [0, 0, 0, 0, 0, 0]).records[5];
    expect(locked.lineId).toBe('iso.read_locked');
    expect(locked.reads[0]).toMatchObject({ balloonPagesLock: true, value: 1 });
  });

  it('record the finalize write under the lock and an atomic test-and-set', () => {
    const b = replay(isolateVsDeflate, PATCHED, [1, 1, 1, 1, 1]).records[4];
    expect(b.lineId).toBe('deflate.finalize');
    expect(b.writes).toEqual([
      { field: 'page->private', page: 'P', value: 0, balloonPagesLock: true, pageLock: false },
    ]);
    const tas = { balloon: 'patched', core: 'core-test-and-set' } as const;
    const t = replay(isolateVsDeflate, tas, [0, 0, 0]).records[2];
    expect(t.lineId).toBe('iso.test_and_set');
    expect(t.reads).toMatchObject([{ field: 'PG_movable_ops_isolated', value: 0, atomic: true }]);
    expect(t.writes).toMatchObject([{ field: 'PG_movable_ops_isolated', value: 1, atomic: true }]);
  });
});
