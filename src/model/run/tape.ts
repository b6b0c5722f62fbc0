/**
 * A run as data, and its replay. A run is a scenario, the two variants, a schedule of CPU indexes
 * and a cursor into it; every kernel snapshot is derived by replaying the schedule (history is
 * data). The replay is kept as a tape of snapshots, and a new tape reuses the steps it shares
 * with the tape it grew from, so one more step costs one model step and moving the cursor costs
 * none.
 */
import { initialState } from '../state';
import { step } from '../step';
import type { KernelState, StepRecord, Variants } from '../types';
import type { Scenario } from '../scenario';
import { whyNot } from './why';

/** The run as the lab, the share link and the notebook know it. */
export interface Run {
  scenarioId: string;
  balloon: Variants['balloon'];
  core: Variants['core'];
  /** CPU indexes; entries past the cursor are the redo tail. */
  schedule: number[];
  /** How many schedule entries the shown state has applied. */
  cursor: number;
}

/**
 * Why step `index` (0-based) of a schedule cannot run; `cpu` is the name the step gave. `kind`
 * tells a name the scenario does not have from a CPU that is blocked or finished there.
 */
export interface Stop {
  kind: 'unknown-cpu' | 'cannot-run';
  index: number;
  cpu: string;
  reason: string;
}

/**
 * A schedule replayed: snapshots[k] is the state after k steps, records[k] the (k+1)-th step.
 * Tapes share snapshot objects with the tapes they grew from, so nothing may mutate one.
 */
export interface Tape {
  variants: Variants;
  /** The steps that ran (a prefix of the schedule asked for). */
  schedule: number[];
  snapshots: KernelState[];
  records: StepRecord[];
  /** How many steps were asked for. */
  total: number;
  /** The first step that could not run, when the schedule was cut there. */
  stop?: Stop;
}

const sameVariants = (a: Variants, b: Variants): boolean =>
  a.balloon === b.balloon && a.core === b.core;

/** How many leading steps `from` already replayed for this schedule under these variants. */
function shared(from: Tape | undefined, variants: Variants, schedule: readonly number[]): number {
  if (!from || !sameVariants(from.variants, variants)) return 0;
  let n = 0;
  while (n < from.schedule.length && n < schedule.length && from.schedule[n] === schedule[n]) n++;
  return n;
}

/**
 * Replays `schedule` from the scenario's start, reusing the steps it shares with `from`. Never
 * throws on a bad step: the tape stops there and says why.
 */
export function play(
  scenario: Scenario,
  variants: Variants,
  schedule: readonly number[],
  from?: Tape,
): Tape {
  const keep = shared(from, variants, schedule);
  const snapshots =
    keep > 0 ? from!.snapshots.slice(0, keep + 1) : [initialState(scenario, variants)];
  const records = keep > 0 ? from!.records.slice(0, keep) : [];
  for (let index = keep; index < schedule.length; index++) {
    const s = snapshots[index];
    const reason = whyNot(s, schedule[index]);
    if (reason) {
      const cpu = s.cpus[schedule[index]]?.name ?? `#${schedule[index]}`;
      const stop: Stop = { kind: 'cannot-run', index, cpu, reason };
      return {
        variants,
        schedule: schedule.slice(0, index),
        snapshots,
        records,
        total: schedule.length,
        stop,
      };
    }
    const next = step(s, schedule[index]);
    snapshots.push(next.state);
    records.push(next.record);
  }
  return { variants, schedule: schedule.slice(), snapshots, records, total: schedule.length };
}

/** The state after `cursor` steps of the tape (clamped to what ran). */
export const stateAt = (tape: Tape, cursor: number): KernelState =>
  tape.snapshots[Math.max(0, Math.min(cursor, tape.snapshots.length - 1))];

/** "step 8 (B) cannot run: CPU B is spinning on balloon_pages_lock held by CPU A" */
export const stopSentence = (stop: Stop): string =>
  `step ${stop.index + 1} (${stop.cpu}) cannot run: ${stop.reason}`;
