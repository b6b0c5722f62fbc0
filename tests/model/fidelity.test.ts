/**
 * Model fidelity (issue 12): the kernel details an independent review found missing or wrong,
 * each checked against the behaviour of the code it mirrors.
 */
import { describe, expect, it } from 'vitest';
import {
  cpuStatus,
  explore,
  outcome,
  programListing,
  replay,
  scheduleFromNames,
  stateKey,
  step,
  type KernelState,
  type BalloonVariant,
  type Scenario,
  type Variants,
} from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';
import { NO_PAGE_LOCK, OLD, PATCHED, runAlone, runUntil, scenario, start } from './helpers';

const RACY: Variants = { balloon: 'patched', core: 'core-racy' };

const doubleIsolate = scenario(
  [{ name: 'P', state: 'onList' }],
  [
    { name: 'A', program: 'isolate', args: { page: 'P', then: 'putback' } },
    { name: 'B', program: 'isolate', args: { page: 'P', then: 'putback' } },
  ],
);

/** Steps `cpu` until its next line is `lineId`. */
function until(sc: Scenario, v: Variants, s: KernelState, cpu: number, lineId: string) {
  const listing = programListing(sc, v, cpu);
  const out = runUntil(s, cpu, lineId, listing);
  expect(listing[out.cpus[cpu].pc]?.lineId).toBe(lineId);
  return out;
}

describe('VM_WARN_ON_ONCE_PAGE after a true isolate callback (isolate_movable_ops_page)', () => {
  it('warns when another isolator set PG_movable_ops_isolated in between, and goes on', () => {
    let s = until(doubleIsolate, RACY, start(doubleIsolate, RACY), 0, 'iso.warn_isolated');
    const first = step(s, 0); // A checks: the flag is still clear, no warning
    expect(first.record.violations).toEqual([]);
    s = until(doubleIsolate, RACY, first.state, 1, 'iso.warn_isolated'); // B isolates P too
    s = step(s, 0).state; // A: SetPageMovableOpsIsolated
    const r = step(s, 1);
    const warnings = r.record.violations.filter((v) => v.invariant === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', cpu: 1, page: 'P' });
    expect(warnings[0].line).toBe('iso.warn_isolated');
    expect(r.state.cpus[1].crashed).toBe(false);
    expect(programListing(doubleIsolate, RACY, 1)[r.state.cpus[1].pc].lineId).toBe('iso.set');
  });

  it('never fires while the core holds the page lock', () => {
    const report = explore(doubleIsolate, { balloon: 'patched', core: 'core-page-lock' });
    expect(report.violations.map((v) => v.violation.invariant)).not.toContain('warn');
  });

  it('is no line of the test-and-set core, which sets the flag itself before the callback', () => {
    const v: Variants = { balloon: 'patched', core: 'core-test-and-set' };
    const ids = programListing(doubleIsolate, v, 0).map((l) => l.lineId);
    expect(ids).not.toContain('iso.warn_isolated');
    expect(ids).toContain('iso.test_and_set');
  });
});

const deflate = (count: number, pages: Scenario['pages'], first?: Scenario['cpus'][number]) =>
  scenario(pages, [...(first ? [first] : []), { name: 'D', program: 'deflate', args: { count } }]);
const P = { name: 'P', state: 'onList' } as const;
const R = { name: 'R', state: 'onList' } as const;
const isolateP = { name: 'A', program: 'isolate', args: { page: 'P', then: 'putback' } } as const;

describe('leak_balloon(): the request is clamped to vb->num_pages', () => {
  it('deflating 2 pages from a 1-page balloon, nothing racing, takes P and hits no BUG()', () => {
    const sc = deflate(2, [P]);
    const { state, lines } = runAlone(start(sc, PATCHED), 0);
    expect(state.violations).toEqual([]);
    expect(state.cpus[0]).toMatchObject({ crashed: false, count: 1, result: 'deflated' });
    expect(lines).not.toContain('deflate.check');
    expect(state.pages[0].state).toBe('freed');
    expect(outcome(state)?.id).toBe('D:deflate-took-P');
    expect(explore(sc, PATCHED).verdict).toBe('safe');
  });

  it('counts inflated pages: after an inflate the driver may take both', () => {
    const sc = scenario(
      [P, { name: 'Q', state: 'unallocated' }],
      [
        { name: 'I', program: 'inflate', args: { page: 'Q' } },
        { name: 'D', program: 'deflate', args: { count: 2 } },
      ],
    );
    const inflated = runAlone(start(sc), 0).state;
    expect(inflated.numPages).toBe(2);
    const { state } = runAlone(inflated, 1);
    expect(outcome(state)?.id).toBe('I:inflated,D:deflate-took-P+Q');
    expect(state.violations).toEqual([]);
  });
});

describe('balloon_page_dequeue(): one call per page, BUG() only for a call that takes nothing', () => {
  it('BUG()s when a call takes nothing while the list is empty and nothing is isolated', () => {
    // The driver counts two pages but the balloon holds one: a page got lost.
    const s = start(deflate(2, [P]));
    s.numPages = 2;
    const { state, lines } = runAlone(s, 0);
    expect(lines.filter((l) => l === 'deflate.spin_lock')).toHaveLength(2);
    expect(state.cpus[0].took).toBe(1); // the first call took P
    expect(state.violations.map((v) => [v.invariant, v.line])).toEqual([['bug', 'deflate.check']]);
  });

  it('comes back short, without BUG(), when the list is empty but a page is isolated', () => {
    const sc = deflate(2, [P, R], isolateP);
    const s = until(sc, PATCHED, start(sc), 0, 'iso.list_add'); // A holds P isolated
    const { state, lines } = runAlone(s, 1);
    expect(lines).toContain('deflate.check');
    expect(state.cpus[1].crashed).toBe(false);
    expect(state.pages.map((p) => p.state)).toEqual(['isolated', 'freed']);
    expect(state.violations).toEqual([]);
  });

  it('walks the list afresh in each call: a page skipped in one call is taken in the next', () => {
    const sc = deflate(2, [P, R], isolateP);
    let s = start(sc, OLD);
    s.pages[0].lockedBy = 0; // A holds P's page lock during D's first call
    s = until(sc, OLD, s, 1, 'deflate.num_pages');
    expect(s.cpus[1].skipped).toBe(1);
    expect(s.balloonList).toEqual([0]);
    s.pages[0].lockedBy = -1; // …and drops it before the second
    const { state } = runAlone(s, 1);
    expect(state.pages.map((p) => p.state)).toEqual(['freed', 'freed']);
    expect(state.cpus[1].took).toBe(3);
  });
});

describe('release_pages_balloon() walks the local list as it is linked now', () => {
  const race = scenario([P], [isolateP, { name: 'B', program: 'deflate', args: { count: 1 } }]);

  it('does not release a page another CPU tore off the list before the loop read it', () => {
    // A reads P->private early; B deflates P and drops the spinlock; A unlinks P from B's list.
    let s = until(race, NO_PAGE_LOCK, start(race, NO_PAGE_LOCK), 0, 'iso.spin_lock');
    s = until(race, NO_PAGE_LOCK, s, 1, 'deflate.num_pages');
    s = until(race, NO_PAGE_LOCK, s, 0, 'iso.count');
    expect(s.cpus[1].list).toEqual([]);
    expect(s.cpus[1].took).toBe(1); // B remembers it told the host about P…
    const b = runAlone(s, 1);
    expect(b.lines).not.toContain('deflate.release'); // …but releases only what is linked
    expect(b.state.pages[0].refcount).toBe(2); // the balloon's reference and A's
    const end = runAlone(b.state, 0).state;
    expect(end.pages[0]).toMatchObject({ state: 'deflated', refcount: 1 });
    expect(end.violations.map((v) => v.invariant)).toContain('leak');
  });

  it('releases every page on the list', () => {
    const { state, lines } = runAlone(start(deflate(2, [P, R]), PATCHED), 0);
    const released = lines.filter((l) => l === 'deflate.release');
    expect(released).toHaveLength(2);
    expect(state.pages.map((p) => p.state)).toEqual(['freed', 'freed']);
    expect(state.violations).toEqual([]);
  });
});

describe('rescan-during-migrate: can a second isolator see the old page’s stale page->private?', () => {
  const sc = loadScenarios().find((x) => x.id === 'rescan-during-migrate')!;

  /** Every read of P->private by B, over all interleavings: how many saw b on a migrated P. */
  function staleReads(v: Variants): { reads: number; stale: number } {
    const init = start(sc, v);
    const seen = new Set([stateKey(init)]);
    const todo = [init];
    let reads = 0;
    let stale = 0;
    for (let s = todo.pop(); s; s = todo.pop()) {
      for (let cpu = 0; cpu < s.cpus.length; cpu++) {
        if (cpuStatus(s, cpu).kind !== 'runnable') continue;
        const r = step(s, cpu);
        if (cpu === 1 && r.record.lineId.startsWith('iso.read')) {
          reads++;
          // 'deflated': balloon_page_migrate() already moved the balloon from P to Q.
          if (s.pages[0].state === 'deflated' && r.state.cpus[1].b) stale++;
        }
        const key = stateKey(r.state);
        if (seen.has(key)) continue;
        seen.add(key);
        todo.push(r.state);
      }
    }
    return { reads, stale };
  }

  for (const balloon of ['patched', 'patched-finalize-outside'] as const) {
    for (const core of ['core-page-lock', 'core-test-and-set'] as const) {
      it(`${balloon} + ${core}: B reads P->private, but never a stale b`, () => {
        const { reads, stale } = staleReads({ balloon, core });
        expect(reads).toBeGreaterThan(0);
        expect(stale).toBe(0);
      });
    }
  }

  it('core-racy: only with finalize outside the lock can B read the stale b', () => {
    expect(staleReads({ balloon: 'patched', core: 'core-racy' }).stale).toBe(0);
    expect(staleReads({ balloon: 'patched-finalize-outside', core: 'core-racy' }).stale).toBe(1);
  });

  it('core-racy: B, past the plain test, reads the stale b outside but 0 inside the lock', () => {
    // A isolates P up to the set of PG_movable_ops_isolated; B passes its plain test before it.
    const prefix = scheduleFromNames(sc, [...'AAAAAAAAABBB']);
    const readAfterUnlock = (balloon: BalloonVariant, afterUnlock: string) => {
      const v: Variants = { balloon, core: 'core-racy' };
      let s = replay(sc, v, prefix).snapshots.at(-1)!;
      s = until(sc, v, s, 0, afterUnlock); // A has dropped balloon_pages_lock after MIGRATE_DONE
      expect(s.pages[0].state).toBe('deflated');
      s = step(s, 1).state; // B: spin_lock
      const r = step(s, 1);
      expect(r.record.lineId).toBe('iso.read_locked');
      return r.state.cpus[1];
    };
    expect(readAfterUnlock('patched-finalize-outside', 'mig.finalize_out').b).toBe(1);
    expect(readAfterUnlock('patched', 'mig.put_old')).toMatchObject({ b: 0, result: 'deflated' });
  });
});
