/**
 * History is data: a run is its schedule, and every snapshot is derived by replaying it.
 */
import type { Scenario } from './scenario';
import { initialState } from './state';
import { cpuStatus } from './status';
import { step } from './step';
import type { KernelState, StepRecord, Variants } from './types';

/** The result of replaying a schedule; stoppedAt says where and why it could not go on. */
export interface Replay {
  snapshots: KernelState[];
  records: StepRecord[];
  stoppedAt?: { index: number; reason: string };
}

/** Replays `schedule` (CPU indexes) from the scenario's start; never throws on a bad step. */
export function replay(scenario: Scenario, variants: Variants, schedule: number[]): Replay {
  let s = initialState(scenario, variants);
  const snapshots = [s];
  const records: StepRecord[] = [];
  for (let index = 0; index < schedule.length; index++) {
    const reason = whyNot(s, schedule[index]);
    if (reason) return { snapshots, records, stoppedAt: { index, reason } };
    const next = step(s, schedule[index]);
    snapshots.push((s = next.state));
    records.push(next.record);
  }
  return { snapshots, records };
}

/** Why `cpu` cannot take a step in s, or null when it can. */
export function whyNot(s: KernelState, cpu: number): string | null {
  if (!Number.isInteger(cpu) || cpu < 0 || cpu >= s.cpus.length) return `there is no CPU ${cpu}`;
  const st = cpuStatus(s, cpu);
  const name = `CPU ${s.cpus[cpu].name}`;
  if (st.kind === 'finished') return `${name} has finished`;
  return st.kind === 'blocked' ? `${name} is ${st.reason}` : null;
}

/** The longest prefix of `schedule` that can run (used when the variant changes under a run). */
export function runnablePrefix(
  scenario: Scenario,
  variants: Variants,
  schedule: number[],
): number[] {
  const r = replay(scenario, variants, schedule);
  return r.stoppedAt ? schedule.slice(0, r.stoppedAt.index) : schedule.slice();
}

/** The state after the first `cursor` steps of `schedule`. */
export function snapshotAt(
  scenario: Scenario,
  variants: Variants,
  schedule: number[],
  cursor: number,
): KernelState {
  const r = replay(scenario, variants, schedule.slice(0, cursor));
  return r.snapshots[r.snapshots.length - 1];
}
