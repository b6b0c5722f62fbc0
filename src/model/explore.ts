/**
 * The checker: breadth-first search over every interleaving, deduplicated by state fingerprint
 * (fingerprint.ts) in a typed-array table (stateTable.ts). BFS order makes the first schedule
 * found for anything a shortest one. Two reductions are optional: symmetry (symmetry.ts) and
 * CPU-local steps (reduction.ts); without options the whole state graph is explored, which is
 * what the lessons' numbers count.
 */
import { ByteSink, identityRenaming, type Renaming } from './fingerprint';
import { violationKey } from './ops';
import { outcome } from './outcome';
import { invisible, localStep } from './reduction';
import type { Scenario } from './scenario';
import { initialState } from './state';
import { cpuStatus } from './status';
import { runStep } from './step';
import { renameSchedule, symmetryGroup, writeCanonical } from './symmetry';
import { StateTable } from './stateTable';
import type { KernelState, Outcome, StepRecord, Variants, Violation } from './types';

/** How to explore. Every option defaults to the plain, unreduced search. */
export interface ExploreOptions {
  /** Store one state per renaming of interchangeable CPUs and pages. */
  symmetry?: boolean;
  /** Run CPU-local steps without interleaving the other CPUs before them. */
  localSteps?: boolean;
  /** Stop with a StateCapError past this many states (default DEFAULT_MAX_STATES). */
  maxStates?: number;
  /** Called every `progressEvery` expanded states (default 16384). */
  onProgress?: (progress: ExploreProgress) => void;
  progressEvery?: number;
}

/** Both reductions: what the build, the CLI's big checks and the browser use. */
export const REDUCED: ExploreOptions = { symmetry: true, localSteps: true };

/** Enough for every scenario the schema admits (the 6-CPU benchmark needs about half). */
export const DEFAULT_MAX_STATES = 5_000_000;

/** How far a running exploration has got. */
export interface ExploreProgress {
  states: number;
  transitions: number;
  elapsedMs: number;
  statesPerSecond: number;
}

/** The exploration passed its state cap: the message says what to do about it. */
export class StateCapError extends Error {
  constructor(
    readonly scenarioId: string,
    readonly cap: number,
  ) {
    super(
      `scenario ${scenarioId} has more than ${cap.toLocaleString('en')} states: the checker stopped there instead of running out of memory (use fewer CPUs or pages, or turn on the reductions)`,
    );
    this.name = 'StateCapError';
  }
}

/** What the checker found for one scenario under one variant pair. */
export interface ExploreReport {
  verdict: 'safe' | 'unsafe';
  /** Distinct states stored: with a reduction, the representatives it kept. */
  states: number;
  /**
   * How many of those states some step broke an invariant on the way into (what "N of M states
   * break an invariant" counts): a state entered by a violating step is counted once. With a
   * reduction it counts representatives, so the lessons ask for it without one.
   */
  violatingStates: number;
  transitions: number;
  elapsedMs: number;
  /** Bytes the seen-state table holds per state (fingerprints, index, hashes and slots). */
  bytesPerState: number;
  /** Which reductions ran: the symmetry group's size (1 = none) and local steps. */
  reduction: { symmetry: number; localSteps: boolean; shortestGuaranteed: boolean };
  /**
   * Every distinct violation with a schedule (CPU indexes) reaching it: a shortest one unless
   * `reduction.shortestGuaranteed` is false.
   */
  violations: Array<{ violation: Violation; schedule: number[] }>;
  /** Every reachable outcome with a schedule ending in it (shortest, as above). */
  outcomes: Array<{ outcome: Outcome; schedule: number[] }>;
  /** Lines that change page->private without balloon_pages_lock (rule i): reported, not judged. */
  ruleI: Array<{ lineId: string; cpu: number; schedule: number[] }>;
}

/** Explores every interleaving of the scenario's CPUs under the variants. */
export function explore(
  scenario: Scenario,
  variants: Variants,
  options: ExploreOptions = {},
): ExploreReport {
  const t0 = performance.now();
  const init = initialState(scenario, variants);
  const group = options.symmetry
    ? symmetryGroup(scenario, init)
    : [identityRenaming(init.cpus.length, init.pages.length)];
  const g = new Graph(init, group, options, t0);
  for (let i = 0; i < g.table.size; i++) g.expand(i);
  const violations = [...g.violations.values()];
  return {
    verdict: violations.length ? 'unsafe' : 'safe',
    states: g.table.size,
    violatingStates: g.violatingCount,
    transitions: g.transitions,
    elapsedMs: performance.now() - t0,
    bytesPerState: Math.round(g.table.bytes / g.table.size),
    reduction: {
      symmetry: group.length,
      localSteps: !!options.localSteps,
      shortestGuaranteed: !options.localSteps,
    },
    violations,
    outcomes: [...g.outcomes.values()],
    ruleI: [...g.ruleI.values()],
  };
}

function grown<T extends Int32Array | Uint8Array>(a: T, n: number): T {
  if (n < a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(a.length * 2);
  next.set(a);
  return next;
}

/** The search frontier and what it has found so far. */
class Graph {
  table = new StateTable();
  /** Discovered states by id (BFS order); each is dropped once expanded, to spare the GC. */
  private states: Array<KernelState | null> = [];
  private parent = new Int32Array(1 << 12);
  private via = new Uint8Array(1 << 12);
  /** 1 for states entered by at least one step that broke an invariant. */
  private violating = new Uint8Array(1 << 12);
  violatingCount = 0;
  transitions = 0;
  violations = new Map<string, { violation: Violation; schedule: number[] }>();
  outcomes = new Map<string, { outcome: Outcome; schedule: number[] }>();
  ruleI = new Map<string, { lineId: string; cpu: number; schedule: number[] }>();
  private key = new ByteSink();
  private scratch = new ByteSink();
  private readonly cap: number;
  private readonly every: number;

  constructor(
    private readonly init: KernelState,
    private readonly group: Renaming[],
    private readonly options: ExploreOptions,
    private readonly t0: number,
  ) {
    this.cap = options.maxStates ?? DEFAULT_MAX_STATES;
    this.every = options.progressEvery ?? 16384;
    this.add(init, -1, -1);
  }

  /** Steps the runnable CPUs of state i; a state with none is terminal. */
  expand(i: number): void {
    if (i % this.every === this.every - 1) this.progress();
    const s = this.states[i] as KernelState;
    this.states[i] = null;
    const runnable: number[] = [];
    for (let cpu = 0; cpu < s.cpus.length; cpu++)
      if (cpuStatus(s, cpu).kind === 'runnable') runnable.push(cpu);
    if (!runnable.length) return this.terminal(s, i);
    const alone = this.options.localSteps ? runnable.find((cpu) => localStep(s, cpu)) : undefined;
    // The ample set {alone} suffices when its step is invisible and leads somewhere new (C2, C3).
    if (alone !== undefined && this.follow(s, i, alone)) return;
    for (const cpu of runnable) if (cpu !== alone) this.follow(s, i, cpu);
  }

  /** Takes one step; true when it reached a new state without changing a shared observable. */
  private follow(s: KernelState, i: number, cpu: number): boolean {
    const { state, record } = runStep(s, cpu, true);
    this.transitions++;
    this.record(record, i, cpu);
    writeCanonical(state, this.group, this.key, this.scratch);
    const known = this.table.find(this.key);
    const id = known >= 0 ? known : this.add(state, i, cpu);
    if (record.violations.length && !this.violating[id]) {
      this.violating[id] = 1;
      this.violatingCount++;
    }
    return known < 0 && invisible(s, state);
  }

  private add(state: KernelState, parent: number, cpu: number): number {
    if (parent < 0) writeCanonical(state, this.group, this.key, this.scratch);
    const { id } = this.table.insert(this.key);
    if (id >= this.cap) throw new StateCapError(state.scenarioId, this.cap);
    this.parent = grown(this.parent, id + 1);
    this.via = grown(this.via, id + 1);
    this.violating = grown(this.violating, id + 1);
    this.states[id] = state;
    this.parent[id] = parent;
    this.via[id] = cpu;
    return id;
  }

  private record(record: StepRecord, i: number, cpu: number): void {
    if (record.ruleIUnlocked && !this.ruleI.has(record.lineId))
      this.ruleI.set(record.lineId, { lineId: record.lineId, cpu, schedule: this.path(i, cpu) });
    if (!record.violations.some((v) => !this.violations.has(violationKey(v)))) return;
    const schedule = this.path(i, cpu);
    this.addViolations(record.violations, schedule);
    // Each renaming of this run breaks the renamed invariant (a page's name is in its identity).
    for (const r of this.group.slice(1)) {
      const renamed = renameSchedule(r, schedule);
      this.addViolations(this.replayed(renamed).record?.violations ?? [], renamed);
    }
  }

  private addViolations(found: Violation[], schedule: number[]): void {
    for (const v of found) {
      const key = violationKey(v);
      if (!this.violations.has(key)) this.violations.set(key, { violation: v, schedule });
    }
  }

  /** A terminal state's outcome, and those of its renamings (outcome ids name CPUs and pages). */
  private terminal(s: KernelState, i: number): void {
    const schedule = this.path(i);
    this.addOutcome(s, schedule);
    for (const r of this.group.slice(1)) {
      const renamed = renameSchedule(r, schedule);
      this.addOutcome(this.replayed(renamed).state, renamed);
    }
  }

  private addOutcome(s: KernelState, schedule: number[]): void {
    const o = outcome(s);
    if (o && !this.outcomes.has(o.id)) this.outcomes.set(o.id, { outcome: o, schedule });
  }

  /** The state a schedule leads to from the start, and the record of its last step. */
  private replayed(schedule: number[]): { state: KernelState; record?: StepRecord } {
    let state = this.init;
    let record: StepRecord | undefined;
    for (const cpu of schedule) ({ state, record } = runStep(state, cpu, true));
    return { state, record };
  }

  /** The schedule that first reached state i, then `cpu` if given. */
  private path(i: number, cpu = -1): number[] {
    const out: number[] = cpu < 0 ? [] : [cpu];
    for (let j = i; j > 0; j = this.parent[j]) out.push(this.via[j]);
    return out.reverse();
  }

  private progress(): void {
    const elapsedMs = performance.now() - this.t0;
    const states = this.table.size;
    this.options.onProgress?.({
      states,
      transitions: this.transitions,
      elapsedMs,
      statesPerSecond: Math.round(states / Math.max(elapsedMs / 1000, 1e-3)),
    });
  }
}
