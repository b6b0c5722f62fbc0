/**
 * The explorer's breadth-first search (explore.ts runs it). The BFS queue is the seen-state
 * table itself: states are expanded in id order and each is read back from its fingerprint
 * (fingerprintRead.ts) when its turn comes, so no state object outlives the step that made it.
 * Per state the search keeps a few bytes in typed arrays: its parent and the CPU that led there
 * (the schedules), which renaming wrote its fingerprint, its poisoned pages and its violations
 * log (interned: runs share a handful of distinct logs).
 */
import { ByteSink, type Renaming } from './fingerprint';
import { readFingerprint } from './fingerprintRead';
import { violationKey } from './ops';
import { outcome } from './outcome';
import { invisible, localStep } from './reduction';
import { StateTable } from './stateTable';
import type { StubbornSets } from './stubborn';
import { canRun } from './status';
import { runStep } from './step';
import { renameSchedule, writeCanonical } from './symmetry';
import type { KernelState, Outcome, StepRecord, Violation } from './types';

/** What the search needs to know of explore()'s options. */
export interface SearchOptions {
  localSteps: boolean;
  /** Stubborn sets (stubborn.ts's STUBBORN_SETS, passed in); take precedence over localSteps. */
  por: StubbornSets | null;
  maxStates: number;
  progressEvery: number;
  onProgress: (states: number, transitions: number) => void;
  /** Thrown past maxStates. */
  capError: () => Error;
}

type Column = Int32Array | Uint8Array | Uint16Array;

function grown<T extends Column>(a: T, n: number): T {
  if (n < a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(a.length * 2);
  next.set(a);
  return next;
}

const poisonedMask = (s: KernelState): number =>
  s.pages.reduce((m, p, i) => (p.poisoned ? m | (1 << i) : m), 0);

/** The search frontier and what it has found so far. */
export class Graph {
  table = new StateTable();
  private parent = new Int32Array(1 << 12);
  private via = new Uint8Array(1 << 12);
  /** 1 for states entered by at least one step that broke an invariant. */
  private violating = new Uint8Array(1 << 12);
  private renaming = new Uint8Array(1 << 12);
  private poisoned = new Uint16Array(1 << 12);
  private log = new Int32Array(1 << 12);
  /** Distinct violations logs, by the keys they hold (a log only ever grows along a run). */
  private logs: Violation[][] = [];
  private logIds = new Map<string, number>();
  violatingCount = 0;
  transitions = 0;
  violations = new Map<string, { violation: Violation; schedule: number[] }>();
  outcomes = new Map<string, { outcome: Outcome; schedule: number[] }>();
  ruleI = new Map<string, { lineId: string; cpu: number; schedule: number[] }>();
  private key = new ByteSink();
  private scratch = new ByteSink();

  constructor(
    private readonly init: KernelState,
    private readonly group: Renaming[],
    private readonly options: SearchOptions,
  ) {
    if (init.pages.length > 16) throw new Error('the checker handles at most 16 pages');
    const g = writeCanonical(init, group, this.key, this.scratch);
    this.table.intern(this.key);
    this.added(0, init, -1, -1, g, this.logOf(init.violations));
  }

  /** Steps the runnable CPUs of state i; a state with none is terminal. */
  expand(i: number): void {
    const { progressEvery: every, localSteps, por } = this.options;
    if (i % every === every - 1) this.options.onProgress(this.table.size, this.transitions);
    const s = this.stateOf(i);
    let runnable = 0;
    let alone = -1;
    for (let cpu = 0; cpu < s.cpus.length; cpu++) {
      if (!canRun(s, cpu)) continue;
      runnable |= 1 << cpu;
      if (alone < 0 && localSteps && !por && localStep(s, cpu)) alone = cpu;
    }
    if (!runnable) return this.terminal(s, i);
    if (por) return this.expandStubborn(s, i, runnable);
    // The ample set {alone} suffices when its step is invisible and leads to a state not yet
    // expanded (C2, C3).
    if (alone >= 0 && this.follow(s, i, alone)) return;
    for (let cpu = 0; cpu < s.cpus.length; cpu++)
      if (runnable & (1 << cpu) && cpu !== alone) this.follow(s, i, cpu);
  }

  /**
   * Steps the stubborn set's CPUs; the rest too unless every one of those steps was invisible to
   * the counting invariant and led later in the BFS queue (C2, C3).
   */
  private expandStubborn(s: KernelState, i: number, runnable: number): void {
    const { ample, closed } = this.options.por!.stubbornSet(s, runnable);
    let enough = ample !== runnable;
    this.quiet = undefined;
    this.closed = closed;
    for (let cpu = 0; cpu < s.cpus.length; cpu++)
      if (ample & (1 << cpu)) enough = this.follow(s, i, cpu, this.hidden) && enough;
    if (enough) return;
    for (let cpu = 0; cpu < s.cpus.length; cpu++)
      if (runnable & ~ample & (1 << cpu)) this.follow(s, i, cpu);
  }

  private quiet: boolean | undefined;
  private closed = 0;
  /** C2 for a stubborn set's step (stubborn.ts): invisible, or the counting invariant is quiet. */
  private readonly hidden = (before: KernelState, after: KernelState, cpu: number): boolean => {
    const por = this.options.por!;
    return (
      por.countingInvisible(before, after, cpu) ||
      (por.countingGap(after) === 0 && (this.quiet ??= por.countingQuiet(before, this.closed)))
    );
  };

  /** State i, read back from its fingerprint in the frame of the run that first reached it. */
  private stateOf(i: number): KernelState {
    const ren = this.group[this.renaming[i]];
    const log = { violations: this.logs[this.log[i]], poisoned: this.poisoned[i] };
    return readFingerprint(this.table.arena, this.table.startOf(i), ren, this.init, log);
  }

  /**
   * Takes one step; true when it changed no shared observable and reached a state later in the
   * BFS queue than i (new, or discovered but not yet expanded).
   */
  private follow(s: KernelState, i: number, cpu: number, hidden = invisible): boolean {
    const { state, record } = runStep(s, cpu, true);
    this.transitions++;
    this.record(record, i, cpu);
    const g = writeCanonical(state, this.group, this.key, this.scratch);
    const fresh = this.table.size;
    const id = this.table.intern(this.key);
    if (id === fresh) {
      const log = record.violations.length ? this.logOf(state.violations) : this.log[i];
      this.added(id, state, i, cpu, g, log);
    }
    if (record.violations.length && !this.violating[id]) {
      this.violating[id] = 1;
      this.violatingCount++;
    }
    return id > i && hidden(s, state, cpu);
  }

  private added(id: number, s: KernelState, parent: number, cpu: number, g: number, log: number) {
    if (id >= this.options.maxStates) throw this.options.capError();
    const n = id + 1;
    this.parent = grown(this.parent, n);
    this.via = grown(this.via, n);
    this.violating = grown(this.violating, n);
    this.renaming = grown(this.renaming, n);
    this.poisoned = grown(this.poisoned, n);
    this.log = grown(this.log, n);
    this.parent[id] = parent;
    this.via[id] = cpu;
    this.renaming[id] = g;
    this.poisoned[id] = poisonedMask(s);
    this.log[id] = log;
  }

  /** The id of a violations log with the same keys as this one (which a step only reads). */
  private logOf(violations: Violation[]): number {
    const key = violations.map(violationKey).join('\n');
    let id = this.logIds.get(key);
    if (id === undefined) {
      this.logIds.set(key, (id = this.logs.length));
      this.logs.push(violations);
    }
    return id;
  }

  /** Bytes per state of the search's own columns (the table reports its own). */
  get columnBytes(): number {
    return 4 + 1 + 1 + 1 + 2 + 4;
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
}
