/** Each program's steps on its own: what every line does to the kernel state. */
import { describe, expect, it } from 'vitest';
import { programListing, step, type KernelState } from '../../src/model';
import {
  deflateOnly,
  inflateOnly,
  isolateVsDeflate,
  migrateOnly,
  NO_PAGE_LOCK,
  OLD,
  PATCHED,
  runAlone,
  start,
} from './helpers';

const page = (s: KernelState, i = 0) => s.pages[i];

describe('inflate (fill_balloon → balloon_page_insert)', () => {
  it('allocates, inserts under balloon_pages_lock and counts', () => {
    const { state, lines } = runAlone(start(inflateOnly), 0);
    expect(lines).toEqual([
      'inflate.alloc',
      'inflate.mutex',
      'inflate.spin_lock',
      'inflate.offline',
      'inflate.movable',
      'inflate.private',
      'inflate.list_add',
      'inflate.count',
      'inflate.spin_unlock',
      'inflate.num_pages',
      'inflate.mutex_unlock',
    ]);
    expect(page(state)).toMatchObject({
      state: 'onList',
      private: 1,
      offline: true,
      movableOps: true,
      refcount: 1,
      lockedBy: -1,
    });
    expect(state.balloonList).toEqual([0]);
    expect(state.counters).toMatchObject({ NR_BALLOON_PAGES: 1, BALLOON_INFLATE: 1 });
    expect(state.numPages).toBe(1); // fill_balloon() counts the page in vb->num_pages
    expect(state.violations).toEqual([]);
  });

  it('takes and drops the page lock in the page-lock variant', () => {
    const { lines } = runAlone(start(inflateOnly, OLD), 0);
    expect(lines).toContain('inflate.trylock');
    expect(lines).toContain('inflate.unlock_page');
  });

  it('fires INSERT at list_add and sets private with the spinlock held (rule i kept)', () => {
    let s = start(inflateOnly);
    const records = [];
    while (s.cpus[0].pc >= 0) {
      const r = step(s, 0);
      records.push(r.record);
      s = r.state;
    }
    expect(records.find((r) => r.lineId === 'inflate.list_add')?.events).toEqual([
      { page: 'P', event: 'INSERT', from: 'inflating', accepted: true },
    ]);
    expect(records.some((r) => r.ruleIUnlocked)).toBe(false);
  });
});

describe('deflate (leak_balloon → balloon_page_list_dequeue → release_pages_balloon)', () => {
  it('dequeues, finalizes, releases and frees the page', () => {
    const { state, lines } = runAlone(start(deflateOnly()), 0);
    expect(lines).toEqual([
      'deflate.mutex',
      'deflate.spin_lock',
      'deflate.next',
      'deflate.list_del',
      'deflate.finalize',
      'deflate.list_add',
      'deflate.count',
      'deflate.next',
      'deflate.spin_unlock',
      'deflate.num_pages',
      'deflate.release_next',
      'deflate.release',
      'deflate.put',
      'deflate.release_next',
      'deflate.mutex_unlock',
    ]);
    expect(page(state)).toMatchObject({
      state: 'freed',
      refcount: 0,
      private: 0,
      movableOps: false,
    });
    expect(state.counters).toMatchObject({ NR_BALLOON_PAGES: 0, BALLOON_DEFLATE: 1 });
    expect(state.numPages).toBe(0);
    expect(state.violations).toEqual([]);
  });

  it('skips a page whose lock is held (page-lock only) and comes back short', () => {
    let s = start(isolateVsDeflate, OLD);
    for (let i = 0; i < 3; i++) s = step(s, 0).state; // A: precheck, try_get, trylock
    expect(s.pages[0].lockedBy).toBe(0);
    for (let i = 0; i < 3; i++) s = step(s, 1).state; // B: mutex, spin_lock, next
    const r = step(s, 1);
    expect(r.record.lineId).toBe('deflate.trylock');
    expect(r.record.narration).toBe('CPU B skips P: its page lock is held by CPU A');
    expect(r.state.cpus[1].skipped).toBe(1);
  });

  it('asks for nothing from an empty balloon: leak_balloon() clamps the request to vb->num_pages', () => {
    const { state, lines } = runAlone(start(deflateOnly([{ name: 'P', state: 'unallocated' }])), 0);
    expect(lines).toEqual(['deflate.mutex', 'deflate.release_next', 'deflate.mutex_unlock']);
    expect(state.cpus[0]).toMatchObject({ crashed: false, count: 0, result: 'deflated' });
    expect(state.violations).toEqual([]);
  });
});

describe('isolate + putback (isolate_movable_ops_page, balloon_page_isolate, balloon_page_putback)', () => {
  const alone = { ...isolateVsDeflate, cpus: [isolateVsDeflate.cpus[0]] };

  it('isolates P onto migratepages and puts it back', () => {
    let s = start(alone);
    const seen: string[] = [];
    let isolatedSeen = false;
    while (s.cpus[0].pc >= 0) {
      const r = step(s, 0);
      seen.push(r.record.lineId);
      s = r.state;
      if (r.record.lineId === 'iso.list_add') {
        isolatedSeen = true;
        expect(s.cpus[0].list).toEqual([0]);
        expect(s.isolatedPages).toBe(1);
        expect(page(s)).toMatchObject({
          state: 'isolated',
          isolated: true,
          refcount: 2,
          lockedBy: -1,
        });
      }
    }
    expect(isolatedSeen).toBe(true);
    expect(seen).toContain('iso.read_locked');
    expect(seen).not.toContain('iso.read_early');
    expect(page(s)).toMatchObject({ state: 'onList', isolated: false, refcount: 1 });
    expect(s.isolatedPages).toBe(0);
    expect(s.violations).toEqual([]);
  });

  it('reads page->private before the spinlock in the old code', () => {
    const lines = programListing(alone, NO_PAGE_LOCK, 0).map((l) => l.lineId);
    expect(lines.indexOf('iso.read_early')).toBeLessThan(lines.indexOf('iso.spin_lock'));
    expect(lines).not.toContain('iso.read_locked');
  });

  it('gives up when the precheck sees no PG_movable_ops', () => {
    const s = start(alone);
    s.pages[0].movableOps = false;
    const r = step(s, 0);
    expect(r.state.cpus[0].pc).toBe(-1);
    expect(r.state.cpus[0].result).toBe('not-movable');
  });
});

describe('migrate (migrate_movable_ops_page → balloon_page_migrate)', () => {
  it('moves the balloon from P to Q and frees P', () => {
    const { state, lines } = runAlone(start(migrateOnly), 0);
    expect(lines).toContain('mig.finalize_in');
    expect(lines).not.toContain('mig.finalize_out');
    expect(page(state, 0)).toMatchObject({ state: 'freed', refcount: 0 });
    expect(page(state, 1)).toMatchObject({
      state: 'onList',
      refcount: 1,
      private: 1,
      movableOps: true,
    });
    expect(state.balloonList).toEqual([1]);
    expect(state.counters.BALLOON_MIGRATE).toBe(1);
    expect(state.violations).toEqual([]);
  });

  it('finalizes after spin_unlock, marked as rule i, in the old code', () => {
    let s = start(migrateOnly, OLD);
    const marked: string[] = [];
    while (s.cpus[0].pc >= 0) {
      const r = step(s, 0);
      if (r.record.ruleIUnlocked) marked.push(r.record.lineId);
      s = r.state;
    }
    expect(marked).toEqual(['mig.finalize_out']);
    expect(s.violations).toEqual([]);
  });

  it('returns -EAGAIN when the driver mutex is busy, frees Q and puts P back', () => {
    const withDriver = {
      ...migrateOnly,
      cpus: [...migrateOnly.cpus, { name: 'D', program: 'deflate' as const, args: { count: 1 } }],
    };
    const s = step(start(withDriver), 1).state; // D takes the driver mutex first
    const { state, lines } = runAlone(s, 0);
    expect(lines).toContain('mig.fail_put_dst');
    expect(state.cpus[0].result).toBe('migrate-failed');
    expect(page(state, 0)).toMatchObject({ state: 'onList', refcount: 1 });
    expect(page(state, 1)).toMatchObject({ state: 'freed' });
  });
});

it('patched is the default-free variant pair for these helpers', () => {
  expect(PATCHED).toEqual({ balloon: 'patched', core: 'core-page-lock' });
});
