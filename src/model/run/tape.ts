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

/**
 * The one wording of a stop, for every writer of schedules: "step 7 cannot run: CPU B is spinning
 * on balloon_pages_lock held by CPU A", or "step 2: unknown CPU 'Q' (known: A, B)" for a name the
 * scenario does not have. `where` qualifies a step that cannot run ("here", "under
 * patched/core-page-lock"). The reason names the CPU, so the sentence does not repeat it.
 */
export function stopSentence(stop: Stop, where = ''): string {
  const step = `step ${stop.index + 1}`;
  if (stop.kind === 'unknown-cpu') return `${step}: ${stop.reason}`;
  return `${step} cannot run${where ? ` ${where}` : ''}: ${stop.reason}`;
}

/** "1 step", "6 steps". */
export const stepsWord = (n: number): string => (n === 1 ? '1 step' : `${n} steps`);

/**
 * What could have run where the tape stopped, as a hint for whoever wrote the schedule: "after
 * the first 6 steps, only B can run", or that no CPU can (the schedule is too long). Null when
 * the tape did not stop. The tape's last snapshot is the state at the stop.
 */
export function stopHint(tape: Tape): string | null {
  if (!tape.stop) return null;
  const s = tape.snapshots[tape.snapshots.length - 1];
  const could = s.cpus.flatMap((c, i) => (whyNot(s, i) === null ? [c.name] : []));
  if (could.length === 0) {
    return 'by then every CPU has finished or is blocked: the schedule is too long';
  }
  const n = tape.stop.index;
  const when = n === 0 ? 'at the start' : `after the first ${stepsWord(n)}`;
  return `${when}, only ${could.join(' or ')} can run`;
}

/** A run together with the tape its whole schedule (redo tail included) replays to. */
export interface LiveRun extends Run {
  tape: Tape;
}

/**
 * The run of `schedule` under `variants`, cut where a step cannot run (tape.stop says where and
 * why), with the cursor clamped into it; `from` lends the steps the two schedules share.
 */
export function liveRun(
  scenario: Scenario,
  variants: Variants,
  schedule: readonly number[],
  cursor = Infinity,
  from?: Tape,
): LiveRun {
  const tape = play(scenario, variants, schedule, from);
  const at = Math.max(0, Math.min(Math.floor(cursor), tape.schedule.length));
  return { scenarioId: scenario.id, ...variants, schedule: tape.schedule, cursor: at, tape };
}
