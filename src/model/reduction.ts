/**
 * Partial-order reduction for CPU-local steps (an ample set of one CPU, Clarke, Grumberg and
 * Peled, "Model Checking", ch. 10). When CPU c's next line only touches c's own locals and pages
 * no other CPU can reach any more, that one step is explored from the state and the other CPUs'
 * steps are not interleaved before it. Why this keeps every verdict:
 *
 * - C0: the ample set is never empty while some CPU can run (c can: a local line never waits).
 * - C1, independence: no other CPU can touch what the step touches before it happens. Its pages
 *   are private (below): no other live CPU names them in its arguments or its loop variable, none
 *   holds them on its list, and they are not on the balloon list, the only way a page becomes
 *   reachable by a CPU that does not name it (deflate). Only c can change any of that, and c runs
 *   the step first. The step reads balloon_pages_lock only as "do I hold it", which others never
 *   change. So the step commutes with every step the others can take first.
 * - C2, invisibility: the step changes nothing an invariant looks at across CPUs: not the locks,
 *   lists, isolated_pages, counters, nor a page entering or leaving isolated/migrating (the
 *   counting invariant). explore() checks this after the step and falls back to a full
 *   expansion when it does not hold, so a line listed here by mistake costs reduction, not
 *   soundness of these fields.
 * - C3, cycles: if the step's successor was already seen, the state is expanded fully, so no
 *   cycle of reduced states can postpone the other CPUs for ever.
 *
 * With C0-C3 every terminal state (so every outcome and deadlock) and every violation stays
 * reachable. What can change: the number of states (fewer) and the length of the shortest
 * counterexample (a local step of another CPU may be scheduled before the violating one). The
 * report says so (`shortestGuaranteed: false`).
 */
import type { KernelState } from './types';
import { currentLine } from './status';

/** Lines that touch only the CPU's locals and the page(s) named, and never wait. */
const LOCAL_LINES: Record<string, Array<'page' | 'newpage'>> = {
  'inflate.alloc': ['page'],
  'inflate.trylock': ['page'],
  'inflate.offline': ['page'],
  'inflate.movable': ['page'],
  'inflate.private': ['page'],
  'mig.alloc': ['newpage'],
};

/** No other live CPU can reach page p: not by name, loop variable, list, or the balloon list. */
function privateTo(s: KernelState, cpu: number, p: number): boolean {
  if (p < 0 || s.balloonList.includes(p)) return false;
  for (let d = 0; d < s.cpus.length; d++) {
    const o = s.cpus[d];
    if (d === cpu) continue;
    if (o.list.includes(p)) return false;
    if (o.pc >= 0 && (o.page === p || o.newpage === p)) return false;
  }
  return true;
}

/** True when CPU cpu's next step is local in s (it may run alone, before anyone else). */
export function localStep(s: KernelState, cpu: number): boolean {
  const line = currentLine(s, cpu);
  const touches = line && !line.waits ? LOCAL_LINES[line.id] : undefined;
  if (!touches) return false;
  const c = s.cpus[cpu];
  return touches.every((arg) => privateTo(s, cpu, arg === 'page' ? c.page : c.newpage));
}

const sameList = (a: number[], b: number[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const counted = (state: string): boolean => state === 'isolated' || state === 'migrating';

/** C2 checked after the fact: the step left every cross-CPU observable as it was. */
export function invisible(before: KernelState, after: KernelState): boolean {
  const a = before.counters;
  const b = after.counters;
  return (
    before.spinHolder === after.spinHolder &&
    before.mutexHolder === after.mutexHolder &&
    before.isolatedPages === after.isolatedPages &&
    a.NR_BALLOON_PAGES === b.NR_BALLOON_PAGES &&
    a.BALLOON_INFLATE === b.BALLOON_INFLATE &&
    a.BALLOON_DEFLATE === b.BALLOON_DEFLATE &&
    a.BALLOON_MIGRATE === b.BALLOON_MIGRATE &&
    sameList(before.balloonList, after.balloonList) &&
    before.cpus.every((c, i) => sameList(c.list, after.cpus[i].list)) &&
    before.pages.every((p, i) => counted(p.state) === counted(after.pages[i].state))
  );
}
