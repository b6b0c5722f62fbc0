/**
 * Kernel primitives as the programs use them. Each checks the invariants it can see at the
 * moment it runs (list ownership, lifecycle, use-after-free) and reports into the step.
 */
import { lifecycleNext, type LifecycleEvent } from './lifecycle';
import type { StepCtx } from './program';
import { listOf } from './state';
import type { InvariantId, KernelState, Violation } from './types';

/** "CPU A": how narration and messages name a CPU. */
export const cpuName = (s: KernelState, i: number): string => `CPU ${s.cpus[i].name}`;

/** The line as messages quote it: `code` in function(). */
export const lineRef = (x: StepCtx): string => `\`${x.line.code}\` in ${x.line.fn}()`;

/** Invariants about the whole state: where they are first seen does not make a new finding. */
const STATE_LEVEL = new Set<InvariantId>(['counting', 'deadlock', 'leak', 'counters']);

/** The identity of a violation: the same invariant, line and page count as one finding. */
export const violationKey = (v: Violation): string =>
  `${v.invariant}|${STATE_LEVEL.has(v.invariant) ? '' : (v.line ?? '')}|${v.page ?? ''}`;

/** Records a violation once per state history. */
export function violate(x: StepCtx, invariant: InvariantId, message: string, page = -1): void {
  const v: Violation = {
    invariant,
    severity: invariant === 'warn' ? 'warning' : 'error',
    message,
    cpu: x.cpu,
    line: x.line.id,
  };
  if (page >= 0) v.page = x.s.pages[page].name;
  addViolation(x.s, x.violations, v);
}

/** Appends v to the state's log (copy-on-write) and to the step's list, unless already logged. */
export function addViolation(s: KernelState, fresh: Violation[], v: Violation): void {
  const key = violationKey(v);
  if (s.violations.some((w) => violationKey(w) === key)) return;
  s.violations = [...s.violations, v];
  fresh.push(v);
}

/** Any write to struct page: a page whose refcount reached 0 belongs to the buddy allocator. */
export function touch(x: StepCtx, p: number): void {
  const page = x.s.pages[p];
  if (page.refcount > 0 || page.state === 'unallocated') return;
  violate(
    x,
    'use-after-free',
    `${cpuName(x.s, x.cpu)} touches ${page.name} at ${lineRef(x)} after its refcount reached 0: use-after-free.`,
    p,
  );
}

/** Where a list is, in words. */
export function listName(s: KernelState, where: 'balloon' | number | null): string {
  if (where === 'balloon') return 'the balloon list';
  if (where === null) return 'no list (its pointers are poisoned)';
  const c = s.cpus[where];
  return `${cpuName(s, where)}'s ${c.program === 'deflate' ? 'local pages list' : 'migratepages list'}`;
}

/** May this CPU change that list right now? */
function entitled(x: StepCtx, where: 'balloon' | number | null): boolean {
  return where === 'balloon' ? x.s.spinHolder === x.cpu : where === x.cpu;
}

function unlink(s: KernelState, p: number): void {
  const b = s.balloonList.indexOf(p);
  if (b >= 0) s.balloonList.splice(b, 1);
  for (const c of s.cpus) {
    const i = c.list.indexOf(p);
    if (i >= 0) c.list.splice(i, 1);
  }
}

/** list_del(&page->lru) (include/linux/list.h): only on a list this CPU may touch. */
export function listDel(x: StepCtx, p: number): void {
  touch(x, p);
  const where = listOf(x.s, p);
  if (!entitled(x, where)) {
    const page = x.s.pages[p].name;
    violate(
      x,
      'list-corruption',
      `${cpuName(x.s, x.cpu)} unlinks ${page} at ${lineRef(x)} while ${page} is on ${listName(x.s, where)}: list corruption.`,
      p,
    );
  }
  unlink(x.s, p);
}

/** list_add(&page->lru, head) (include/linux/list.h): adds at the head, like the kernel. */
export function listAdd(x: StepCtx, p: number, head: 'balloon' | 'own'): void {
  touch(x, p);
  const target = head === 'balloon' ? 'balloon' : x.cpu;
  const where = listOf(x.s, p);
  const page = x.s.pages[p].name;
  if (where !== null) {
    violate(
      x,
      'list-corruption',
      `${cpuName(x.s, x.cpu)} links ${page} at ${lineRef(x)} while ${page} is still on ${listName(x.s, where)}: list corruption.`,
      p,
    );
  } else if (!entitled(x, target)) {
    violate(
      x,
      'list-corruption',
      `${cpuName(x.s, x.cpu)} links ${page} onto ${listName(x.s, target)} at ${lineRef(x)} without the right to touch it: list corruption.`,
      p,
    );
  }
  unlink(x.s, p);
  if (target === 'balloon') x.s.balloonList.unshift(p);
  else x.c.list.unshift(p);
}

/** set_page_private(): rule i says only under balloon_pages_lock; we mark, not judge. */
export function setPrivate(x: StepCtx, p: number, value: 0 | 1): void {
  touch(x, p);
  x.s.pages[p].private = value;
  if (x.s.spinHolder !== x.cpu) x.ruleI = true;
}

/** Fires a lifecycle event; a refused event leaves the page's state unchanged and is reported. */
export function fire(x: StepCtx, p: number, event: LifecycleEvent): void {
  const page = x.s.pages[p];
  const from = page.state;
  const to = from === 'unallocated' ? null : lifecycleNext(from, event);
  x.events.push({ page: page.name, event, from, accepted: to !== null });
  if (to) page.state = to;
  else
    violate(
      x,
      'lifecycle',
      `${cpuName(x.s, x.cpu)} fires ${event} on ${page.name} at ${lineRef(x)}, but a ${from} page cannot take ${event}.`,
      p,
    );
}

/** get_page() (include/linux/mm.h). */
export function getPage(x: StepCtx, p: number): void {
  touch(x, p);
  x.s.pages[p].refcount++;
}

/** put_page() / folio_put() (include/linux/mm.h): the last reference frees the page. */
export function putPage(x: StepCtx, p: number): boolean {
  touch(x, p);
  const page = x.s.pages[p];
  if (page.refcount === 0) return false;
  page.refcount--;
  if (page.refcount > 0) return false;
  fire(x, p, 'FREE');
  Object.assign(page, { private: 0, offline: false, movableOps: false, isolated: false });
  return true;
}

/** A BUG()/BUG_ON()/VM_BUG_ON() path: reported, and the CPU stops where it is. */
export function bug(x: StepCtx, why: string, p = -1): void {
  violate(x, 'bug', `${cpuName(x.s, x.cpu)} hits ${lineRef(x)}: ${why}.`, p);
  x.c.crashed = true;
  x.c.result = 'bug';
}

/** A WARN_ON_ONCE() path: reported as a warning; the code goes on. */
export function warn(x: StepCtx, why: string, p = -1): void {
  violate(x, 'warn', `${cpuName(x.s, x.cpu)} warns at ${lineRef(x)}: ${why}.`, p);
}

/** "P" for narration. */
export const pageName = (x: StepCtx, p: number): string => x.s.pages[p]?.name ?? '?';

/** unlock_page() / folio_unlock(): drops PG_locked on a page this CPU still references. */
export function unlockPage(x: StepCtx, p: number): void {
  touch(x, p);
  x.s.pages[p].lockedBy = -1;
  x.say = `${cpuName(x.s, x.cpu)} unlocks ${pageName(x, p)}`;
}
