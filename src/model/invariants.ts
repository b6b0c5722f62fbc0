/**
 * Invariants checked on the state after each step (docs/kernel-model.md §7): counting while
 * balloon_pages_lock is free, deadlock when nobody can run, and the end-state checks.
 */
import { addViolation, cpuName, lineRef } from './ops';
import type { StepCtx } from './program';
import { listOf } from './state';
import { canRun, cpuStatus } from './status';
import type { InvariantId, KernelState } from './types';

/** Runs every state invariant after step x and reports new violations into it. */
export function checkAfterStep(x: StepCtx): void {
  const s = x.s;
  if (s.spinHolder < 0) checkCounting(x);
  let blocked = false;
  for (let i = 0; i < s.cpus.length; i++) {
    if (canRun(s, i) || s.cpus[i].crashed) return;
    blocked ||= s.cpus[i].pc >= 0; // not finished, so waiting for a lock
  }
  if (blocked) report(x, 'deadlock', deadlockMessage(s));
  else checkEnd(x);
}

function report(x: StepCtx, invariant: InvariantId, message: string, page?: string): void {
  const v = { invariant, severity: 'error' as const, message, cpu: x.cpu, line: x.line.id, page };
  if (page === undefined) delete v.page;
  addViolation(x.s, x.violations, v);
}

/** b->isolated_pages counts exactly the pages in `isolated` or `migrating`. */
function checkCounting(x: StepCtx): void {
  let n = 0;
  for (const p of x.s.pages) if (p.state === 'isolated' || p.state === 'migrating') n++;
  if (n === x.s.isolatedPages) return;
  report(
    x,
    'counting',
    `After ${cpuName(x.s, x.cpu)} runs ${lineRef(x)}, isolated_pages is ${x.s.isolatedPages} but ${n} page${n === 1 ? ' is' : 's are'} isolated.`,
  );
}

function deadlockMessage(s: KernelState): string {
  const stuck = s.cpus.flatMap((_, i) => {
    const st = cpuStatus(s, i);
    return st.kind === 'blocked' ? [`${cpuName(s, i)} is ${st.reason}`] : [];
  });
  return `Deadlock: ${stuck.join(' and ')}, and nobody else can run.`;
}

/** When every CPU is done: no page alive without an owner, NR_BALLOON_PAGES matches the list. */
function checkEnd(x: StepCtx): void {
  const s = x.s;
  s.pages.forEach((p, i) => {
    if (p.refcount === 0 || p.state === 'unallocated' || listOf(s, i) === 'balloon') return;
    report(
      x,
      'leak',
      `When every CPU is done, ${p.name} is ${p.state} with refcount ${p.refcount} and on no list: nobody will ever free it.`,
      p.name,
    );
  });
  const n = s.balloonList.length;
  if (s.counters.NR_BALLOON_PAGES === n) return;
  report(
    x,
    'counters',
    `When every CPU is done, NR_BALLOON_PAGES is ${s.counters.NR_BALLOON_PAGES} but the balloon list holds ${n} page${n === 1 ? '' : 's'}.`,
  );
}
