/**
 * Partial-order reduction for CPU-local steps (an ample set of one CPU, Clarke, Grumberg and
 * Peled, "Model Checking", ch. 10). When CPU c's next line only touches c's own locals, its own
 * list and pages no other CPU can reach any more, that one step is explored from the state and
 * the other CPUs' steps are not interleaved before it. Why this keeps every verdict:
 *
 * - C0: the ample set is never empty while some CPU can run (c can: it is runnable).
 * - C1, independence: no other CPU can touch what the step touches before it happens. Its pages
 *   are private (below): no other live CPU names them in its arguments or its loop variable, none
 *   holds them on its list, and they are not on the balloon list while another deflate may still
 *   walk it (the only way a CPU reaches a page it does not name; a deflate that has reached
 *   release_pages_balloon() never walks b->pages again). Only c can change any of that, and c
 *   runs the step first (a line that links or unlinks on b->pages is never local). A line that touches c's own list needs every page on it private too, so no
 *   other CPU's list_del() or list_add() can reach that list. The step reads balloon_pages_lock
 *   only as "do I hold it", which others never change; a line that waits for a page lock waits
 *   for a private page's, which only c takes. So the step commutes with every step the others
 *   can take first, and enables or disables none of them.
 * - C2, invisibility: the step changes nothing an invariant looks at across CPUs: not the locks,
 *   the balloon list or another CPU's list, isolated_pages, vb->num_pages, counters, nor a page entering or leaving
 *   isolated/migrating (the counting invariant). explore() checks this after the step and falls
 *   back to a full expansion when it does not hold, so a line listed here by mistake costs
 *   reduction, not soundness of these fields.
 * - C3, cycles: the step alone is enough only when its successor comes later in the BFS queue
 *   than the state (a new state, or one found but not yet expanded); otherwise the state is
 *   expanded fully. States are expanded in id order, so along the edges of reduced states ids
 *   strictly grow: every cycle of the reduced graph passes through a fully expanded state, and
 *   no cycle can postpone the other CPUs for ever. (Requiring a brand-new successor, as a first
 *   version did, is also sound but in BFS the successor has mostly been found already through
 *   another interleaving of the same layer, which undid almost all of the reduction.)
 *
 * With C0-C3 every terminal state (so every outcome and deadlock) and every violation stays
 * reachable. What can change: the number of states (fewer) and the length of the shortest
 * counterexample (a local step of another CPU may be scheduled before the violating one). The
 * report says so (`shortestGuaranteed: false`).
 */
import type { KernelState } from './types';
import { currentLine } from './status';

/** What a line touches besides the CPU's locals: its page, its target page, its own list. */
type Touch = 'page' | 'newpage' | 'list';

/**
 * Lines that touch only the CPU's locals and what is named, with no global: none of them takes
 * or drops balloon_pages_lock or the driver mutex, links onto or walks the balloon list, or
 * changes isolated_pages, vb->num_pages or a counter.
 */
const LOCAL_LINES: Record<string, Touch[]> = {
  'inflate.alloc': ['page'],
  'inflate.trylock': ['page'],
  'inflate.offline': ['page'],
  'inflate.movable': ['page'],
  'inflate.private': ['page'],
  'inflate.unlock_page': ['page'],
  'iso.precheck': ['page'],
  'iso.try_get': ['page'],
  'iso.trylock': ['page'],
  'iso.test_and_set': ['page'],
  'iso.test': ['page'],
  'iso.read_early': ['page'],
  'iso.read_locked': ['page'],
  'iso.warn_isolated': ['page'],
  'iso.set': ['page'],
  'iso.unlock': ['page'],
  'iso.list_add': ['page', 'list'],
  'iso.fail_unlock': ['page'],
  'iso.fail_clear': ['page'],
  'iso.fail_put': ['page'],
  'pb.list_del': ['page', 'list'],
  'pb.lock': ['page'],
  'pb.read': ['page'],
  'pb.clear': ['page'],
  'pb.unlock': ['page'],
  'pb.put': ['page'],
  'mig.alloc': ['newpage'],
  'mig.lock': ['page', 'newpage'],
  'mig.vm_bug_on': ['page'],
  'mig.read': ['page'],
  'mig.finalize_in': ['page'],
  'mig.finalize_out': ['page'],
  'mig.put_old': ['page'],
  'mig.clear_iso': ['page'],
  'mig.unlock': ['page', 'newpage'],
  'mig.put_dst': ['newpage'],
  'mig.list_del': ['page', 'list'],
  'mig.done': ['page'],
  'mig.fail_unlock': ['page', 'newpage'],
  'mig.fail_put_dst': ['newpage'],
  'deflate.finalize': ['page'],
  'deflate.list_add': ['page', 'list'],
  'deflate.unlock_page': ['page'],
  'deflate.release_next': ['list'],
  'deflate.release': ['page', 'list'],
  'deflate.put': ['page'],
};

/** release_pages_balloon() and after: a deflate there only walks its own list. */
const AFTER_WALK = new Set([
  'deflate.release_next',
  'deflate.release',
  'deflate.put',
  'deflate.mutex_unlock',
]);

/** A deflate that may still walk b->pages and take a page it does not name. */
function mayWalkBalloon(s: KernelState, d: number): boolean {
  const line = s.cpus[d].program === 'deflate' ? currentLine(s, d) : null;
  return !!line && !AFTER_WALK.has(line.id);
}

/**
 * No other live CPU can reach page p: not by name, loop variable or list, nor through the
 * balloon list while some other deflate may still walk it.
 */
function privateTo(s: KernelState, cpu: number, p: number): boolean {
  if (p < 0) return false;
  const listed = s.balloonList.includes(p);
  for (let d = 0; d < s.cpus.length; d++) {
    const o = s.cpus[d];
    if (d === cpu) continue;
    if (o.list.includes(p)) return false;
    if (o.pc >= 0 && (o.page === p || o.newpage === p)) return false;
    if (listed && mayWalkBalloon(s, d)) return false;
  }
  return true;
}

function touchesOnlyPrivate(s: KernelState, cpu: number, touch: Touch): boolean {
  const c = s.cpus[cpu];
  if (touch === 'list') return c.list.every((p) => privateTo(s, cpu, p));
  return privateTo(s, cpu, touch === 'page' ? c.page : c.newpage);
}

/** True when CPU cpu's next step is local in s (it may run alone, before anyone else). */
export function localStep(s: KernelState, cpu: number): boolean {
  const line = currentLine(s, cpu);
  // Waiting for balloon_pages_lock or the driver mutex is never local; a page lock may be.
  const touches =
    line && line.waits !== 'spin' && line.waits !== 'mutex' ? LOCAL_LINES[line.id] : undefined;
  return !!touches && touches.every((t) => touchesOnlyPrivate(s, cpu, t));
}

const sameList = (a: number[], b: number[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const counted = (state: string): boolean => state === 'isolated' || state === 'migrating';

/**
 * C2 checked after the fact: the step of `cpu` left every cross-CPU observable as it was. Its own
 * list may change: a local line touches that list only when every page on it is private.
 */
export function invisible(before: KernelState, after: KernelState, cpu: number): boolean {
  const a = before.counters;
  const b = after.counters;
  return (
    before.spinHolder === after.spinHolder &&
    before.mutexHolder === after.mutexHolder &&
    before.isolatedPages === after.isolatedPages &&
    before.numPages === after.numPages &&
    a.NR_BALLOON_PAGES === b.NR_BALLOON_PAGES &&
    a.BALLOON_INFLATE === b.BALLOON_INFLATE &&
    a.BALLOON_DEFLATE === b.BALLOON_DEFLATE &&
    a.BALLOON_MIGRATE === b.BALLOON_MIGRATE &&
    sameList(before.balloonList, after.balloonList) &&
    before.cpus.every((c, i) => i === cpu || sameList(c.list, after.cpus[i].list)) &&
    before.pages.every((p, i) => counted(p.state) === counted(after.pages[i].state))
  );
}
