/**
 * Kernel primitives as the programs use them. Each checks the invariants it can see at the
 * moment it runs (list ownership, lifecycle, use-after-free) and reports into the step.
 */
import { lifecycleNext, type LifecycleEvent } from './lifecycle';
import type { StepCtx } from './program';
import { copyCpu, listOf } from './state';
import type {
  FieldAccess,
  InvariantId,
  KernelState,
  ListMishap,
  ListRef,
  Violation,
} from './types';

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
export function listName(s: KernelState, where: ListRef | null, p = -1): string {
  if (where === 'balloon') return 'the balloon list';
  if (where === null)
    return p >= 0 && !s.pages[p].poisoned ? 'no list' : 'no list (its pointers are poisoned)';
  const c = s.cpus[where];
  return `${cpuName(s, where)}'s ${c.program === 'deflate' ? 'local pages list' : 'migratepages list'}`;
}

/** May this CPU change that list right now? */
function entitled(x: StepCtx, where: ListRef | null): boolean {
  return where === 'balloon' ? x.s.spinHolder === x.cpu : where === x.cpu;
}

/** Takes p off every list it is on (a step shares the other CPUs: copy before writing). */
function unlink(x: StepCtx, p: number): void {
  const s = x.s;
  const b = s.balloonList.indexOf(p);
  if (b >= 0) s.balloonList.splice(b, 1);
  for (let d = 0; d < s.cpus.length; d++) {
    const i = s.cpus[d].list.indexOf(p);
    if (i >= 0) (d === x.cpu ? s.cpus[d] : copyCpu(s, d)).list.splice(i, 1);
  }
}

/** What the owner of a list believes is on it (the arrays are the state's own copies). */
export const believedOn = (s: KernelState, where: ListRef): number[] =>
  where === 'balloon' ? s.balloonBelieved : s.cpus[where].believed;

function forget(s: KernelState, where: ListRef, p: number): void {
  const mine = believedOn(s, where);
  const i = mine.indexOf(p);
  if (i >= 0) mine.splice(i, 1);
}

/** Logs a list corruption for the picture (copy-on-write, like the violations log). */
function mishap(x: StepCtx, kind: ListMishap['kind'], list: ListRef, p: number): void {
  x.s.mishaps = [...x.s.mishaps, { kind, list, page: p, by: x.cpu, step: x.s.clock }];
}

/** p leaves `from` by someone else's hand while its owner still counts it: torn out. */
function noteTear(x: StepCtx, from: ListRef | null, p: number): void {
  if (from !== null && believedOn(x.s, from).includes(p)) mishap(x, 'torn-out', from, p);
}

/**
 * list_del(&page->lru) (include/linux/list.h): only on a list this CPU may touch. The CPU
 * believes it unlinks from b->pages when it holds balloon_pages_lock, else from its own list
 * (true of every caller); the kernel unlinks wherever the page really is, so the list's owner
 * may be left counting a page that is gone, and page->lru is poisoned.
 */
export function listDel(x: StepCtx, p: number): void {
  touch(x, p);
  const where = listOf(x.s, p);
  const meant: ListRef = x.s.spinHolder === x.cpu ? 'balloon' : x.cpu;
  if (!entitled(x, where)) {
    const page = x.s.pages[p].name;
    violate(
      x,
      'list-corruption',
      `${cpuName(x.s, x.cpu)} unlinks ${page} at ${lineRef(x)} while ${page} is on ${listName(x.s, where, p)}: list corruption.`,
      p,
    );
  }
  unlink(x, p);
  forget(x.s, meant, p);
  if (where !== meant) noteTear(x, where, p);
  x.s.pages[p].poisoned = true;
}

/**
 * list_add(&page->lru, head) (include/linux/list.h): adds at the head, like the kernel. The
 * list's owner counts the page only when this CPU may touch the list; otherwise it is a
 * stranger there. A page still linked elsewhere is moved, tearing it out of that list.
 */
export function listAdd(x: StepCtx, p: number, head: 'balloon' | 'own'): void {
  touch(x, p);
  const target: ListRef = head === 'balloon' ? 'balloon' : x.cpu;
  const where = listOf(x.s, p);
  const page = x.s.pages[p].name;
  const allowed = entitled(x, target);
  if (where !== null) {
    violate(
      x,
      'list-corruption',
      `${cpuName(x.s, x.cpu)} links ${page} at ${lineRef(x)} while ${page} is still on ${listName(x.s, where)}: list corruption.`,
      p,
    );
  } else if (!allowed) {
    violate(
      x,
      'list-corruption',
      `${cpuName(x.s, x.cpu)} links ${page} onto ${listName(x.s, target)} at ${lineRef(x)} without the right to touch it: list corruption.`,
      p,
    );
  }
  unlink(x, p);
  if (where !== target) noteTear(x, where, p);
  if (target === 'balloon') x.s.balloonList.unshift(p);
  else x.c.list.unshift(p);
  forget(x.s, target, p);
  if (allowed) believedOn(x.s, target).unshift(p);
  else mishap(x, 'stranger', target, p);
  x.s.pages[p].poisoned = false;
}

/** One access to a lock-protected page field, with the locks this CPU holds right now. */
function access(x: StepCtx, field: FieldAccess['field'], p: number, value: boolean | 0 | 1) {
  const a: FieldAccess = {
    field,
    page: x.s.pages[p].name,
    value: value ? 1 : 0,
    balloonPagesLock: x.s.spinHolder === x.cpu,
    pageLock: x.s.pages[p].lockedBy === x.cpu,
  };
  return a;
}

/** set_page_private(): rule i says only under balloon_pages_lock; we mark, not judge. */
export function setPrivate(x: StepCtx, p: number, value: 0 | 1): void {
  touch(x, p);
  x.s.pages[p].private = value;
  x.writes.push(access(x, 'page->private', p, value));
  if (x.s.spinHolder !== x.cpu) x.ruleI = true;
}

/** balloon_page_device(page): reads page->private, recording whether the reader held the lock. */
export function readPagePrivate(x: StepCtx, p: number): 0 | 1 {
  const value = x.s.pages[p].private;
  x.reads.push(access(x, 'page->private', p, value));
  return value;
}

/** PageMovableOpsIsolated(page): tests PG_movable_ops_isolated, recording the read. */
export function testIsolated(x: StepCtx, p: number): boolean {
  const value = x.s.pages[p].isolated;
  x.reads.push(access(x, 'PG_movable_ops_isolated', p, value));
  return value;
}

/** SetPageMovableOpsIsolated() / ClearPageMovableOpsIsolated(), recording the write. */
export function setIsolated(x: StepCtx, p: number, value: boolean): void {
  x.s.pages[p].isolated = value;
  x.writes.push(access(x, 'PG_movable_ops_isolated', p, value));
}

/** TestSetPageMovableOpsIsolated(): one atomic read-modify-write; returns the old value. */
export function testAndSetIsolated(x: StepCtx, p: number): boolean {
  const old = x.s.pages[p].isolated;
  x.reads.push({ ...access(x, 'PG_movable_ops_isolated', p, old), atomic: true });
  if (!old) x.writes.push({ ...access(x, 'PG_movable_ops_isolated', p, true), atomic: true });
  x.s.pages[p].isolated = true;
  return old;
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
