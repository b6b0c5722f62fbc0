/**
 * What tests hand to the summary reporter. Vitest carries task.meta from the worker to the
 * reporter, so the table and summary print once, after all files, instead of inside test output.
 */
export interface PageCheck {
  path: string;
  theme: string;
  javaScript: boolean;
  /** Absent where axe did not run (the JS-off pass). */
  axeViolations?: number;
}

export interface BudgetRow {
  path: string;
  jsGzipBytes: number;
  baselineBytes: number;
  /** Allowed bytes over the baseline: 2 KB for reading pages, 40 KB with a lab island. */
  allowanceBytes: number;
  kind: 'reading' | 'lab';
}

declare module 'vitest' {
  interface TaskMeta {
    pageCheck?: PageCheck;
    budgetRow?: BudgetRow;
  }
}
