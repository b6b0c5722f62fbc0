/**
 * A trace precomputed at build time: the rows of the step table and how the run ends. The island
 * receives these as props, so no model code ships to the browser for it.
 */

/** One row: the starting state (index 0) or one atomic step. */
export interface TraceRow {
  index: number;
  /** The CPU that stepped; null for the starting row. */
  cpu: string | null;
  /** The simplified code line the CPU ran ('' for the starting row). */
  code: string;
  /** The kernel function the line belongs to, and its file. */
  fn: string;
  file: string;
  /** What happened, in the model's words (StepRecord.narration). */
  narration: string;
  /** Lifecycle events this step fired, e.g. "P: DEQUEUE, onList → deflated". */
  events: string[];
  /** Lock holders after the step, e.g. "balloon_pages_lock: CPU A (B waits)". */
  locks: string[];
  /** Every page's state after the step. */
  pages: string[];
  /** Invariants this step broke, one sentence each. */
  violations: string[];
}

/** How the whole schedule ends: a violation, every CPU finished, or stopped part-way (ok). */
export interface TraceEnding {
  verdict: 'ok' | 'violation' | 'finished';
  sentence: string;
}

export interface TraceView {
  scenario: string;
  balloon: string;
  core: string;
  /** The schedule as CPU names. */
  schedule: string[];
  rows: TraceRow[];
  ending: TraceEnding;
}
