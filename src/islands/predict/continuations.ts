/**
 * How a paused run's endings look from the isolating CPU: did it get the page, and the outcome
 * sentence. The search and the classification are the model's. Build-time only.
 */
import { compactionIsolated, outcome, type KernelState } from '../../model';

/** Whether `cpu` isolated its page in a terminal state, and the run's outcome sentence. */
export function isolationEnding(
  s: KernelState,
  cpu: number,
): { isolated: boolean; sentence: string } {
  return { isolated: compactionIsolated(s.cpus[cpu]), sentence: outcome(s)?.sentence ?? '' };
}
