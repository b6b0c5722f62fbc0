/** The public API other code builds on: listings, status, step errors, replay, views. */
import { describe, expect, it } from 'vitest';
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  cpuStatus,
  describeState,
  initialState,
  nextLine,
  outcome,
  programListing,
  replay,
  stateKey,
  step,
  StepError,
  violations,
} from '../../src/model';
import { isolateVsDeflate, NO_PAGE_LOCK, OLD, PATCHED, runAlone } from './helpers';

describe('variants', () => {
  it('lists every variant with a label, description and source', () => {
    expect(BALLOON_VARIANTS.map((v) => v.id)).toEqual([
      'page-lock',
      'no-page-lock',
      'patched',
      'patched-finalize-outside',
    ]);
    expect(CORE_VARIANTS.map((v) => v.id)).toEqual([
      'core-page-lock',
      'core-test-and-set',
      'core-racy',
    ]);
    for (const v of [...BALLOON_VARIANTS, ...CORE_VARIANTS])
      expect(v.label && v.description && v.source).toBeTruthy();
  });

  it('shows only the lines a variant has', () => {
    const ids = (v: typeof OLD, cpu: number) =>
      programListing(isolateVsDeflate, v, cpu).map((l) => l.lineId);
    expect(ids(OLD, 1)).toContain('deflate.trylock');
    expect(ids(PATCHED, 1)).not.toContain('deflate.trylock');
    expect(ids({ balloon: 'patched', core: 'core-test-and-set' }, 0)).toContain('iso.test_and_set');
    expect(ids({ balloon: 'patched', core: 'core-test-and-set' }, 0)).not.toContain('iso.trylock');
    for (const l of programListing(isolateVsDeflate, PATCHED, 0))
      expect(l.code && l.fn && l.file).toBeTruthy();
  });
});

describe('cpuStatus, nextLine and step', () => {
  it('explains blocking with a reason string', () => {
    let s = initialState(isolateVsDeflate, PATCHED);
    s = step(step(s, 1).state, 1).state; // B: mutex, spin_lock
    for (let i = 0; i < 4; i++) s = step(s, 0).state; // A: precheck, try_get, trylock, test
    expect(cpuStatus(s, 0)).toEqual({
      kind: 'blocked',
      reason: 'spinning on balloon_pages_lock held by CPU B',
    });
    expect(programListing(isolateVsDeflate, PATCHED, 0)[nextLine(s, 0)!].lineId).toBe(
      'iso.spin_lock',
    );
    expect(() => step(s, 0)).toThrow(StepError);
    expect(() => step(s, 0)).toThrow(
      'CPU A cannot run: it is spinning on balloon_pages_lock held by CPU B',
    );
  });

  it('narrates who now spins', () => {
    let s = initialState(isolateVsDeflate, PATCHED);
    for (let i = 0; i < 4; i++) s = step(s, 0).state;
    s = step(s, 1).state;
    expect(step(s, 1).record.narration).toBe('CPU B takes balloon_pages_lock; CPU A spins');
  });

  it('leaves its input untouched and produces JSON-serialisable states', () => {
    const s0 = initialState(isolateVsDeflate, PATCHED);
    const copy = JSON.parse(JSON.stringify(s0));
    const { state } = step(s0, 0);
    expect(s0).toEqual(copy);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('throws StepError for a finished CPU', () => {
    const s = runAlone(initialState(isolateVsDeflate, PATCHED), 1).state;
    expect(cpuStatus(s, 1)).toEqual({ kind: 'finished' });
    expect(nextLine(s, 1)).toBeNull();
    expect(() => step(s, 1)).toThrow(StepError);
  });
});

describe('replay', () => {
  it('stops at a step that cannot run and says why', () => {
    const r = replay(isolateVsDeflate, PATCHED, [1, 1, 0, 0, 0, 0, 0]);
    expect(r.stoppedAt).toEqual({
      index: 6,
      reason: 'CPU A is spinning on balloon_pages_lock held by CPU B',
    });
    expect(r.snapshots).toHaveLength(7);
    expect(replay(isolateVsDeflate, PATCHED, [9]).stoppedAt?.reason).toBe('there is no CPU 9');
  });

  it('is deterministic: same schedule, same states and keys', () => {
    const a = replay(isolateVsDeflate, NO_PAGE_LOCK, [0, 1, 0, 1, 1, 0]);
    const b = replay(isolateVsDeflate, NO_PAGE_LOCK, [0, 1, 0, 1, 1, 0]);
    expect(a).toEqual(b);
    expect(stateKey(a.snapshots.at(-1)!)).toBe(stateKey(b.snapshots.at(-1)!));
    expect(stateKey(a.snapshots[1])).not.toBe(stateKey(a.snapshots[2]));
  });
});

describe('describeState and outcome', () => {
  it('summarises locks, pages and lists for the panel', () => {
    const r = replay(isolateVsDeflate, PATCHED, [0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const v = describeState(r.snapshots.at(-1)!);
    expect(v.balloonPagesLock).toEqual({ holder: 'B', waiters: ['A'] });
    expect(v.driverMutex.holder).toBe('B');
    expect(v.pageLocks).toEqual([{ page: 'P', holder: 'A', waiters: [] }]);
    expect(v.pages[0]).toMatchObject({
      name: 'P',
      state: 'onList',
      private: 0,
      lru: null,
      refcount: 2,
    });
    expect(v.lists.map((l) => l.id)).toEqual(['balloon', 'cpu:A', 'cpu:B']);
  });

  it('names terminal states and returns null before', () => {
    const s0 = initialState(isolateVsDeflate, PATCHED);
    expect(outcome(s0)).toBeNull();
    const end = step(runAlone(s0, 1).state, 0).state;
    expect(outcome(end)).toEqual({
      id: 'A:isolate-not-movable,B:deflate-took-P',
      sentence:
        'Compaction (A) passed over P: not a movable_ops page at that moment; deflate (B) took P.',
    });
    expect(violations(end)).toEqual([]);
  });
});
