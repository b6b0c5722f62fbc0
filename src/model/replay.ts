/**
 * History is data: a run is its schedule, and every snapshot is derived by replaying it. These
 * are the older entry points, kept for the CLI, the checker and build-time code; each is one
 * call of the run's tape (./run/tape.ts), so there is one replay loop.
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

/** The state after the first `cursor` steps of `schedule`. */
export function snapshotAt(
  scenario: Scenario,
  variants: Variants,
  schedule: number[],
  cursor: number,
): KernelState {
  return play(scenario, variants, schedule.slice(0, cursor)).snapshots.at(-1)!;
}
