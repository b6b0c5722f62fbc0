/**
 * The lock-aware timeline as data: one row per step of the run (and one for the start), one cell
 * per CPU, saying which line the stepping CPU ran, which locks each CPU holds after the step and
 * whether it is spinning or waiting. A held lock is a bar down a CPU's column; `from` and `to`
 * mark the rows where it starts and ends, so the drawing can label "takes" and "drops" in words
 * rather than leave the bar's ends to colour. Read from the tape's snapshots only.
 */
import { cpuStatus, describeState, type KernelState, type StepRecord } from '../../../model';
import { tokensOf } from './tokens';

/** One held lock in one cell: balloon_pages_lock or a page's PG_locked. */
export interface LaneBar {
  lock: string;
  kind: 'spinlock' | 'page';
  /** The CPU took the lock at this row (it did not hold it the row before). */
  from: boolean;
  /** The CPU drops the lock at the next row (or the run ends holding it: false). */
  to: boolean;
}

export interface LaneCell {
  /** This CPU ran this row's step. */
  stepped: boolean;
  bars: LaneBar[];
  /** What keeps the CPU from running after this step: spinning, waiting, finished, or none. */
  wait: 'spinning' | 'waiting' | 'finished' | null;
  /** The block reason in the model's words, when it cannot run. */
  reason?: string;
}

export interface LaneRow {
  /** Steps applied at this row: 0 is the start. */
  step: number;
  /** The CPU that stepped, and the line it ran (absent on the start row). */
  cpu?: number;
  code?: string;
  fn?: string;
  /** The step broke an invariant. */
  broke: boolean;
  cells: LaneCell[];
}

/** The locks `cpu` holds in `s` that the timeline draws as bars (not the driver mutex). */
function heldBy(s: KernelState, cpu: number): Array<Pick<LaneBar, 'lock' | 'kind'>> {
  return tokensOf(describeState(s), s.cpus[cpu].name).flatMap((t) =>
    t.kind === 'mutex' ? [] : [{ lock: t.lock, kind: t.kind }],
  );
}

function waitOf(s: KernelState, cpu: number): Pick<LaneCell, 'wait' | 'reason'> {
  const st = cpuStatus(s, cpu);
  if (st.kind === 'runnable') return { wait: null };
  if (st.kind === 'finished') return { wait: 'finished' };
  return { wait: st.reason.startsWith('spinning') ? 'spinning' : 'waiting', reason: st.reason };
}

/** The rows of a run: snapshots[k] is the state after k steps, records[k] the (k+1)-th step. */
export function laneRows(snapshots: readonly KernelState[], records: readonly StepRecord[]) {
  const cpus = snapshots[0].cpus.length;
  const held = snapshots.map((s) => Array.from({ length: cpus }, (_, c) => heldBy(s, c)));
  const has = (k: number, c: number, lock: string) =>
    k >= 0 && k < held.length && held[k][c].some((b) => b.lock === lock);
  return snapshots.map((s, k): LaneRow => {
    const r = k > 0 ? records[k - 1] : undefined;
    return {
      step: k,
      cpu: r?.cpu,
      code: r?.code,
      fn: r?.fn,
      broke: (r?.violations.length ?? 0) > 0,
      cells: held[k].map((bars, c) => ({
        stepped: r?.cpu === c,
        bars: bars.map((b) => ({
          ...b,
          from: !has(k - 1, c, b.lock),
          to: k + 1 < held.length && !has(k + 1, c, b.lock),
        })),
        ...waitOf(s, c),
      })),
    };
  });
}
