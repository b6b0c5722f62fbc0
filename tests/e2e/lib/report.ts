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
  /** JS loaded until the network went idle after load: what the budget limits. */
  jsGzipBytes: number;
  /** JS once every widget on the page has hydrated (reported; limited on widget pages). */
  liveGzipBytes: number;
  baselineBytes: number;
  /** Allowed bytes over the baseline: 2 KB for reading pages, 40 KB with a lab island. */
  allowanceBytes: number;
  kind: 'reading' | 'lab';
}

/** A lesson's JavaScript through its first use (first Step, one check), page and worker. */
export interface OnUseRow {
  path: string;
  /** The widgets used: 'lab' (first Step) and/or 'checker' (one check). */
  used: string[];
  atLoadBytes: number;
  onUseBytes: number;
}

declare module 'vitest' {
  interface TaskMeta {
    pageCheck?: PageCheck;
    budgetRow?: BudgetRow;
    onUseRow?: OnUseRow;
    /** A lesson's HTML size as built. */
    htmlRow?: { path: string; bytes: number };
  }
}
