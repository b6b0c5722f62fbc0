/**
 * The shapes of the kernel model. Everything here is plain JSON so that a state can be
 * stored, sent to a worker or compared in a test without custom serialisation.
 */
import type { LifecycleEvent, LifecycleState } from './lifecycle';

/** Which `mm/balloon_compaction.c` the model runs (kernel-model.md §6). */
export type BalloonVariant = 'page-lock' | 'no-page-lock' | 'patched' | 'patched-finalize-outside';
/** Which isolation protocol the migration core runs (kernel-model.md §6). */
export type CoreVariant = 'core-page-lock' | 'core-test-and-set' | 'core-racy';
/** One point on both variant axes. */
export type Variants = {
  balloon: BalloonVariant;
  core: CoreVariant;
  /** Free settings of the balloon code (BreakTheFix); when present they override `balloon`. */
  knobs?: BalloonKnobs;
};

/** The three places where the balloon-code variants differ (kernel-model.md §6). */
export interface BalloonKnobs {
  /** enqueue's BUG_ON(!trylock_page), dequeue's trylock-or-skip and migrate's VM_BUG_ON. */
  pageLock: boolean;
  /** balloon_page_isolate() reads page->private after spin_lock (true) or before it (false). */
  readPrivateUnderLock: boolean;
  /** balloon_page_migrate() calls balloon_page_finalize() before spin_unlock (true) or after. */
  finalizeUnderLock: boolean;
}

/** A page's place in its lifecycle; 'unallocated' means the statechart has not started. */
export type PageLifecycle = LifecycleState | 'unallocated';

/** One `struct page` as far as the balloon code cares. Lists live in `KernelState`. */
export interface PageState {
  name: string;
  state: PageLifecycle;
  /** page->private: 1 stands for the one balloon device b, 0 for none. */
  private: 0 | 1;
  offline: boolean;
  /** PG_movable_ops (MO). */
  movableOps: boolean;
  /** PG_movable_ops_isolated (ISO), what PageMovableOpsIsolated() tests. */
  isolated: boolean;
  /** PG_locked holder as a CPU index, -1 when unlocked. */
  lockedBy: number;
  refcount: number;
  /**
   * page->lru holds LIST_POISON1/LIST_POISON2: list_del() ran and no list_add() since. A page
   * that was never linked (still being inflated) is not poisoned, merely unlinked.
   */
  poisoned: boolean;
}

/** The three programs a CPU can run (kernel-model.md §5). */
export type ProgramName = 'inflate' | 'deflate' | 'isolate';

/** One CPU: its program, program counter and the locals that program keeps. */
export interface CpuState {
  name: string;
  program: ProgramName;
  /** Index into the CPU's compiled program; -1 once it has finished. */
  pc: number;
  /** The page argument (inflate, isolate) or the dequeue/release loop's current page. */
  page: number;
  /** Migration target page for `isolate … then: migrate`, else -1. */
  newpage: number;
  /** Pages a deflate asks for. */
  count: number;
  then: 'putback' | 'migrate' | null;
  /** The CPU's local copy of b_dev_info (1 = b). */
  b: 0 | 1;
  /** Bitmask of pages this deflate dequeued. */
  took: number;
  /** Bitmask of pages this deflate skipped because their page lock was held. */
  skipped: number;
  /** The driver's local `pages` list or compaction's `cc->migratepages`, in order. */
  list: number[];
  /**
   * What this CPU believes is on `list`: the pages it linked there itself and has not unlinked.
   * It differs from `list` only after another CPU corrupted the list (see `ListMishap`).
   */
  believed: number[];
  /** How the program ended (see outcome.ts), '' while it runs. */
  result: string;
  /** True once the CPU executed a BUG() path and stopped. */
  crashed: boolean;
}

/** The whole modelled machine. */
export interface KernelState {
  scenarioId: string;
  variants: Variants;
  pages: PageState[];
  /** b->pages, the balloon list, in order. */
  balloonList: number[];
  /** What the holders of balloon_pages_lock believe is on b->pages (see `CpuState.believed`). */
  balloonBelieved: number[];
  /** b->isolated_pages. */
  isolatedPages: number;
  /** balloon_pages_lock holder, -1 when free. */
  spinHolder: number;
  /** The driver mutex (virtio's vb->balloon_lock) holder, -1 when free. */
  mutexHolder: number;
  counters: Counters;
  cpus: CpuState[];
  /** Every violation seen on the way here (not part of the state's identity). */
  violations: Violation[];
  /** How many steps led here (not part of the state's identity: the path, not the state). */
  clock: number;
  /** Every list corruption seen on the way here, for the picture (not part of the identity). */
  mishaps: ListMishap[];
}

/** A list by owner: 'balloon' for b->pages, else the index of the CPU whose list it is. */
export type ListRef = 'balloon' | number;

/**
 * One corruption of a list, as the picture names it: `torn-out` when `by` unlinked the page
 * from a list whose owner still counts it, `stranger` when `by` linked it onto a list it had
 * no right to touch. `step` is the 1-based step that did it.
 */
export interface ListMishap {
  kind: 'torn-out' | 'stranger';
  list: ListRef;
  page: number;
  by: number;
  step: number;
}

/** NR_BALLOON_PAGES and the balloon vm events. */
export interface Counters {
  NR_BALLOON_PAGES: number;
  BALLOON_INFLATE: number;
  BALLOON_DEFLATE: number;
  BALLOON_MIGRATE: number;
}

/** The invariants of kernel-model.md §7. */
export type InvariantId =
  | 'list-corruption'
  | 'lifecycle'
  | 'counting'
  | 'use-after-free'
  | 'bug'
  | 'warn'
  | 'deadlock'
  | 'sleeping-while-atomic'
  | 'leak'
  | 'counters';

/** A broken invariant, explained in one sentence. */
export interface Violation {
  invariant: InvariantId;
  severity: 'error' | 'warning';
  message: string;
  cpu?: number;
  page?: string;
  line?: string;
}

/** A named way a run can end. */
export interface Outcome {
  id: string;
  sentence: string;
}

/** A lifecycle event fired at a linearization point, and whether the statechart took it. */
export interface LifecycleEventRecord {
  page: string;
  event: LifecycleEvent;
  from: PageLifecycle;
  accepted: boolean;
}

/** What one step did, for the step table and the lab's narration. */
export interface StepRecord {
  cpu: number;
  lineId: string;
  code: string;
  fn: string;
  file: string;
  narration: string;
  events: LifecycleEventRecord[];
  /** True when this step changed page->private without holding balloon_pages_lock (rule i). */
  ruleIUnlocked: boolean;
  /** The lock-protected page fields this step read, with the locks held at the read. */
  reads: FieldAccess[];
  /** The lock-protected page fields this step wrote, with the locks held at the write. */
  writes: FieldAccess[];
  violations: Violation[];
}

/**
 * One read or write of a field the locking rules protect: page->private (rule i: only under
 * balloon_pages_lock) or PG_movable_ops_isolated (the core's isolation flag). `value` is 1 for
 * b / set and 0 for none / clear; the lock flags say what the accessing CPU held right then.
 */
export interface FieldAccess {
  field: 'page->private' | 'PG_movable_ops_isolated';
  page: string;
  value: 0 | 1;
  balloonPagesLock: boolean;
  pageLock: boolean;
  /** True for an atomic read-modify-write (TestSetPageMovableOpsIsolated()). */
  atomic?: boolean;
}

/** Whether a CPU can take its next step. */
export type CpuStatus =
  { kind: 'runnable' } | { kind: 'blocked'; reason: string } | { kind: 'finished' };
