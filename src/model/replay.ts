/**
 * The older shape of a replay (`stoppedAt` instead of a Tape's `stop`), kept as a thin alias of
 * the run's tape (./run/tape.ts) for the model's own cause finder and for tests. New code outside
 * src/model uses play(), checkSchedule() and stopSentence() from ./run: one replay loop, one
 * validator, one wording of a stop.
 */
import { play } from './run/tape';
import type { Scenario } from './scenario';
import type { KernelState, StepRecord, Variants } from './types';

export { whyNot } from './run/why';

/** The result of replaying a schedule; stoppedAt says where and why it could not go on. */
export interface Replay {
  snapshots: KernelState[];
  records: StepRecord[];
  stoppedAt?: { index: number; reason: string };
}

/** Replays `schedule` (CPU indexes) from the scenario's start; never throws on a bad step. */
export function replay(scenario: Scenario, variants: Variants, schedule: number[]): Replay {
  const tape = play(scenario, variants, schedule);
  const r: Replay = { snapshots: [...tape.snapshots], records: [...tape.records] };
  if (tape.stop) r.stoppedAt = { index: tape.stop.index, reason: tape.stop.reason };
  return r;
}

/** The longest prefix of `schedule` that can run (used when the variant changes under a run). */
export function runnablePrefix(
  scenario: Scenario,
  variants: Variants,
  schedule: number[],
): number[] {
  return [...play(scenario, variants, schedule).schedule];
}
