/** Each invariant of docs/kernel-model.md §7, provoked on purpose and reported in one sentence. */
import { describe, expect, it } from 'vitest';
import { explore, replay, step, type KernelState, type Violation } from '../../src/model';
import { deflateOnly, isolateVsDeflate, NO_PAGE_LOCK, runAlone, scenario, start } from './helpers';

const kinds = (vs: Violation[]) => vs.map((v) => v.invariant);
/** The no-page-lock race of §8, as the checker's shortest schedule. */
const RACE = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0];

describe('list ownership', () => {
  it('reports isolate unlinking P from the driver’s local list, naming CPUs, page and line', () => {
    const r = replay(isolateVsDeflate, NO_PAGE_LOCK, RACE);
    const v = r.records.at(-1)!.violations.find((x) => x.invariant === 'list-corruption')!;
    expect(v).toMatchObject({ severity: 'error', cpu: 0, page: 'P', line: 'iso.list_del' });
    expect(v.message).toBe(
      "CPU A unlinks P at `list_del(&page->lru);` in balloon_page_isolate() while P is on CPU B's local pages list: list corruption.",
    );
  });

  it('reports unlinking a page that is on no list (poisoned pointers)', () => {
    // B's release loop has read P at the head of its list; then A tears P off; then B unlinks it.
    const schedule = [0, 0, 0, 0, 0, ...Array(11).fill(1), 0, 0, 1];
    const r = replay(isolateVsDeflate, NO_PAGE_LOCK, schedule);
    expect(r.records.at(-2)!.lineId).toBe('iso.list_del');
    expect(r.records.at(-1)!.lineId).toBe('deflate.release');
    expect(r.records.at(-1)!.violations[0].message).toContain(
      'while P is on no list (its pointers are poisoned)',
    );
  });
});

describe('lifecycle', () => {
  it('refuses ISOLATE on a deflated page and leaves the page deflated', () => {
    const r = replay(isolateVsDeflate, NO_PAGE_LOCK, RACE);
    const last = r.records.at(-1)!;
    expect(last.events).toEqual([
      { page: 'P', event: 'ISOLATE', from: 'deflated', accepted: false },
    ]);
    expect(kinds(last.violations)).toContain('lifecycle');
    expect(r.snapshots.at(-1)!.pages[0].state).toBe('deflated');
  });
});

describe('counting', () => {
  it('catches isolated_pages = 1 with no isolated page once the spinlock is free', () => {
    const r = replay(isolateVsDeflate, NO_PAGE_LOCK, [...RACE, 0, 0]);
    const v = r.records.at(-1)!.violations;
    expect(kinds(v)).toEqual(['counting']);
    expect(v[0].message).toContain('isolated_pages is 1 but 0 pages are isolated');
  });

  it('is not checked while balloon_pages_lock is held', () => {
    const r = replay(isolateVsDeflate, NO_PAGE_LOCK, [...RACE, 0]);
    expect(r.snapshots.at(-1)!.spinHolder).toBe(0);
    expect(kinds(r.records.at(-1)!.violations)).toEqual([]);
  });
});

describe('BUG and WARN paths', () => {
  it('reports WARN_ON_ONCE in putback as a warning', () => {
    const report = explore(isolateVsDeflate, NO_PAGE_LOCK);
    const warn = report.violations.find((v) => v.violation.invariant === 'warn')!;
    expect(warn.violation.severity).toBe('warning');
    expect(warn.violation.line).toBe('pb.read');
  });

  it('reports BUG() in balloon_page_dequeue as an error and stops the CPU', () => {
    // The driver counts a page in vb->num_pages that is on no balloon list and not isolated.
    const s = start(deflateOnly([{ name: 'P', state: 'unallocated' }]));
    s.numPages = 1;
    const { state } = runAlone(s, 0);
    expect(state.violations[0]).toMatchObject({
      invariant: 'bug',
      severity: 'error',
      line: 'deflate.check',
    });
    expect(state.violations[0].message).toMatch(
      /^CPU D hits .*BUG\(\).*: the balloon list is empty/,
    );
  });
});

describe('use-after-free', () => {
  it('reports a write to a page whose refcount reached 0', () => {
    const s: KernelState = start(deflateOnly());
    s.pages[0].refcount = 0;
    const { state } = runAlone(s, 0);
    expect(kinds(state.violations)).toContain('use-after-free');
    expect(state.violations.find((v) => v.invariant === 'use-after-free')!.message).toContain(
      'after its refcount reached 0',
    );
  });
});

describe('deadlock and sleeping while atomic', () => {
  it('reports a deadlock when every unfinished CPU is blocked', () => {
    let s = start(isolateVsDeflate);
    s = step(s, 1).state; // B takes the driver mutex
    s = step(s, 1).state; // B takes balloon_pages_lock
    s.cpus[1].pc = -1; // B vanishes holding the lock
    for (let i = 0; i < 3; i++) s = step(s, 0).state;
    const r = step(s, 0); // A's test; next it spins forever
    expect(kinds(r.record.violations)).toEqual(['deadlock']);
    expect(r.record.violations[0].message).toBe(
      'Deadlock: CPU A is spinning on balloon_pages_lock held by CPU B, and nobody else can run.',
    );
  });

  it('reports taking a sleeping lock with balloon_pages_lock held', () => {
    const s = start(deflateOnly());
    s.spinHolder = 0;
    const r = step(s, 0);
    expect(r.record.violations[0].message).toBe(
      'CPU D sleeps in `mutex_lock(&vb->balloon_lock); num = min(num, vb->num_pages);` while holding balloon_pages_lock: sleeping while atomic.',
    );
    // …and its next spin_lock would spin on its own lock: a self-deadlock, reported too.
    expect(kinds(r.record.violations)).toEqual(['sleeping-while-atomic', 'deadlock']);
  });
});

describe('end of run: leaks and counters', () => {
  it('reports a page left alive with no owner', () => {
    const s = start(deflateOnly());
    s.pages[0].refcount = 2;
    const { state } = runAlone(s, 0);
    expect(state.violations).toHaveLength(1);
    expect(state.violations[0]).toMatchObject({ invariant: 'leak', page: 'P' });
  });

  it('reports NR_BALLOON_PAGES that does not match the balloon list', () => {
    const s = start(deflateOnly());
    s.counters.NR_BALLOON_PAGES = 3;
    const { state } = runAlone(s, 0);
    expect(kinds(state.violations)).toEqual(['counters']);
  });

  it('finds nothing in a clean run', () => {
    const sc = scenario(
      [{ name: 'P', state: 'onList' }],
      [{ name: 'D', program: 'deflate', args: { count: 1 } }],
    );
    expect(runAlone(start(sc), 0).state.violations).toEqual([]);
  });
});
