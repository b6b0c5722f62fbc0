/**
 * Every way a paused run can end. The model's explorer always starts from a scenario's initial
 * state, so this walks the continuations of one given state with the model's own step() and
 * cpuStatus(), deduplicated by the model's stateKey(). Build-time only.
 */
import { cpuStatus, outcome, stateKey, step, type KernelState } from '../../model';

/** The terminal states reachable from `start` (itself included when nothing can run). */
export function terminalStates(start: KernelState): KernelState[] {
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
 * Results of the isolate callback that mean compaction got the page: it went on to put it back
 * or migrate it (successfully or not). Every other result is a refusal or a give-up.
 */
const ISOLATED = new Set(['putback', 'putback-lost', 'migrated', 'migrate-failed']);

/** Whether `cpu` isolated its page in a terminal state, and the run's outcome sentence. */
export function isolationEnding(
  s: KernelState,
  cpu: number,
): { isolated: boolean; sentence: string } {
  const c = s.cpus[cpu];
  const isolated = !c.crashed && ISOLATED.has(c.result);
  return { isolated, sentence: outcome(s)?.sentence ?? '' };
}
