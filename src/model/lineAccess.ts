/**
 * What each program line touches of the shared state, and where it can go next: the table the
 * stubborn-set reduction (stubborn.ts) builds its independence relation from. Hand-written from
 * the lines' code, and checked against the step function on every reachable state of every
 * shipped scenario by tests/model/lineAccess.test.ts (every field a step changes is declared
 * written, two steps declared independent commute and neither disables the other, every jump
 * lands on a declared successor, locks are only dropped by their holders).
 *
 * The shared objects, per line, as the CPU running it names them:
 * - `page` / `newpage`: that struct page's fields other than PG_locked (lifecycle, private,
 *   flags, refcount, poisoned); `pageLock` / `newpageLock`: its PG_locked.
 * - `link` / `linkNew`: the list(s) the page is linked on, and the list list_del() means to
 *   unlink it from (b->pages when the CPU holds balloon_pages_lock, else its own list). Every
 *   line that links or unlinks a page also writes that page (page->lru), so reading a page
 *   reads which list it is on.
 * - `balloon`: b->pages (with what its lock holders believe is on it); `own`: the CPU's own list.
 * - `spin`, `mutex`: balloon_pages_lock and the driver mutex (holding one is only ever tested as
 *   "do I hold it", which no other CPU can change); `numPages`: vb->num_pages; `isolated`:
 *   b->isolated_pages together with which pages are isolated or migrating (what the counting
 *   invariant compares), so a line that may move a page into or out of those states adds to it;
 *   `counters`: NR_BALLOON_PAGES and the vm events.
 *
 * An access is a read (r), a write (w) or an add (a: ++ or --, which commute with each other and
 * conflict with reads and writes). The counters are only added to (the end check reads them in a
 * terminal state, where nothing is left to commute).
 */
import { END } from './program';

export type Token =
  | 'page'
  | 'pageLock'
  | 'newpage'
  | 'newpageLock'
  | 'link'
  | 'linkNew'
  | 'balloon'
  | 'own'
  | 'spin'
  | 'mutex'
  | 'numPages'
  | 'isolated'
  | 'counters';

/** One line's accesses: tokens it reads, writes and adds to. */
export interface LineAccess {
  r?: Token[];
  w?: Token[];
  a?: Token[];
  /** Where the line may go: NEXT for falling through, a line id, or END. Default [NEXT]. */
  goes?: string[];
  /** The line sets the CPU's page: to any page (the dequeue walk) or its own list's head. */
  repage?: 'any' | 'list';
}

export const NEXT = '<next>';

const RELEASE = 'deflate.release_next';
const rw = (...t: Token[]): LineAccess => ({ r: t, w: t });
/** A lock-protected line that also reads and writes its page. */
const unlocking = (lock: Token, ...more: Token[]): LineAccess => ({
  r: ['page', ...more],
  w: ['page', lock, ...more],
});
const listing = (...more: Token[]): LineAccess => rw('page', 'link', ...more);

// Built by a call the bundler is told is pure: the lab's bundle reaches this module through the
// model's index without using the table, and a table of calls would otherwise be kept (and
// fetched by the lab) for its possible side effects.
export const LINE_ACCESS: Record<string, LineAccess> = /* @__PURE__ */ lineAccessTable();

function lineAccessTable(): Record<string, LineAccess> {
  return {
    'inflate.alloc': { ...rw('page'), a: ['isolated'] },
    'inflate.mutex': rw('mutex'),
    'inflate.spin_lock': rw('spin'),
    'inflate.trylock': { r: ['page', 'pageLock'], w: ['pageLock'] },
    'inflate.offline': rw('page'),
    'inflate.movable': rw('page'),
    'inflate.private': rw('page'),
    'inflate.list_add': listing('balloon'),
    'inflate.unlock_page': unlocking('pageLock'),
    'inflate.count': { a: ['counters'] },
    'inflate.spin_unlock': { w: ['spin'] },
    'inflate.num_pages': { a: ['numPages'] },
    'inflate.mutex_unlock': { w: ['mutex'] },

    'iso.precheck': { r: ['page'], goes: [NEXT, END] },
    'iso.try_get': { ...rw('page'), goes: [NEXT, END] },
    'iso.trylock': { r: ['page', 'pageLock'], w: ['pageLock'], goes: [NEXT, 'iso.fail_put'] },
    'iso.test_and_set': { ...rw('page'), goes: [NEXT, 'iso.fail_put'] },
    'iso.test': { r: ['page'], goes: [NEXT, 'iso.fail_unlock'] },
    'iso.read_early': { r: ['page'], goes: [NEXT, 'iso.fail_unlock'] },
    'iso.spin_lock': rw('spin'),
    'iso.read_locked': { r: ['page'], goes: ['iso.unlock_refuse', 'iso.list_del'] },
    'iso.unlock_refuse': { w: ['spin'], goes: ['iso.fail_unlock'] },
    'iso.list_del': { ...listing(), a: ['isolated'] },
    'iso.count': { a: ['isolated'] },
    'iso.spin_unlock': { w: ['spin'] },
    'iso.warn_isolated': { r: ['page'] },
    'iso.set': rw('page'),
    'iso.unlock': unlocking('pageLock'),
    'iso.list_add': { ...listing('own'), goes: ['mig.alloc', 'pb.list_del'] },
    'iso.fail_unlock': unlocking('pageLock'),
    'iso.fail_clear': rw('page'),
    'iso.fail_put': { ...rw('page'), goes: [END] },

    'pb.list_del': listing(),
    'pb.lock': rw('pageLock'),
    'pb.read': { r: ['page'], goes: [NEXT, 'pb.clear'] },
    'pb.spin_lock': rw('spin'),
    'pb.list_add': { ...listing('balloon'), a: ['isolated'] },
    'pb.count': { a: ['isolated'] },
    'pb.spin_unlock': { w: ['spin'] },
    'pb.clear': rw('page'),
    'pb.unlock': unlocking('pageLock'),
    'pb.put': { ...rw('page'), goes: [END] },

    'mig.alloc': { ...rw('newpage'), a: ['isolated'] },
    'mig.lock': rw('pageLock', 'newpageLock'),
    'mig.vm_bug_on': { r: ['pageLock'] },
    'mig.read': { ...rw('page'), goes: [NEXT, 'mig.fail_unlock'] },
    'mig.trylock_mutex': { ...rw('mutex', 'page'), goes: [NEXT, 'mig.fail_unlock'] },
    'mig.mutex_unlock': { w: ['mutex'] },
    'mig.spin_lock': rw('spin'),
    'mig.insert': rw('newpage', 'linkNew', 'balloon'),
    'mig.count': { a: ['counters'] },
    'mig.dec_isolated': { ...rw('page'), a: ['isolated'] },
    'mig.finalize_in': rw('page'),
    'mig.spin_unlock': { w: ['spin'] },
    'mig.finalize_out': rw('page'),
    'mig.put_old': rw('page'),
    'mig.clear_iso': rw('page'),
    'mig.unlock': unlocking('pageLock', 'newpageLock'),
    'mig.put_dst': rw('newpage'),
    'mig.list_del': listing(),
    'mig.done': { ...rw('page'), goes: [END] },
    'mig.fail_unlock': { w: ['pageLock', 'newpageLock'] },
    'mig.fail_put_dst': { ...rw('newpage'), goes: ['pb.list_del'] },

    'deflate.mutex': { r: ['mutex', 'numPages'], w: ['mutex'], goes: [NEXT, RELEASE] },
    'deflate.spin_lock': { ...rw('spin'), repage: 'any' },
    'deflate.next': { r: ['balloon'], goes: [NEXT, 'deflate.spin_unlock'], repage: 'any' },
    'deflate.trylock': { r: ['page', 'pageLock'], w: ['pageLock'], goes: [NEXT, 'deflate.next'] },
    'deflate.list_del': listing(),
    'deflate.finalize': rw('page'),
    'deflate.list_add': listing('own'),
    'deflate.unlock_page': unlocking('pageLock'),
    'deflate.count': { a: ['counters'], goes: ['deflate.next'] },
    'deflate.spin_unlock': { w: ['spin'], goes: ['deflate.num_pages', 'deflate.check'] },
    'deflate.num_pages': { a: ['numPages'], goes: [RELEASE, 'deflate.spin_lock'] },
    'deflate.check': { r: ['spin', 'balloon', 'isolated'], w: ['spin'], goes: [RELEASE] },
    'deflate.release_next': { r: ['own'], goes: [NEXT, 'deflate.mutex_unlock'], repage: 'list' },
    'deflate.release': listing(),
    'deflate.put': { ...rw('page'), goes: [RELEASE] },
    'deflate.mutex_unlock': { w: ['mutex'], goes: [END] },
  };
}
