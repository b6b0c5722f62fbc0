/**
 * Every way a paused run can end. The explorer starts from a scenario's initial state; this walks
 * the continuations of any given state with step() and cpuStatus(), deduplicated by stateKey().
 * Used to answer "will isolation succeed from here?" questions.
 */
import { cpuStatus } from './status';
import { stateKey } from './state';
import { step } from './step';
import type { CpuState, KernelState } from './types';

/** The terminal states reachable from `start` (itself included when nothing can run). */
export function terminalStatesFrom(start: KernelState): KernelState[] {
  const seen = new Set([stateKey(start)]);
  const stack = [start];
  const ends: KernelState[] = [];
  while (stack.length > 0) {
    const s = stack.pop() as KernelState;
    const runnable = s.cpus.flatMap((_, i) => (cpuStatus(s, i).kind === 'runnable' ? [i] : []));
    if (runnable.length === 0) ends.push(s);
    for (const cpu of runnable) {
      const next = step(s, cpu).state;
      const key = stateKey(next);
      if (seen.has(key)) continue;
      seen.add(key);
      stack.push(next);
    }
  }
  return ends;
}

/**
 * Results of isolate_movable_ops_page() that mean compaction got the page: it went on to put it
 * back or migrate it (successfully or not). Every other result is a refusal or a give-up.
 */
const GOT_PAGE = new Set(['putback', 'putback-lost', 'migrated', 'migrate-failed']);

/** Whether a finished compaction CPU isolated its page. */
export const compactionIsolated = (c: CpuState): boolean => !c.crashed && GOT_PAGE.has(c.result);
