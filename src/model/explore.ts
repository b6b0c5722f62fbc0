/**
 * The checker: breadth-first search over every interleaving, deduplicated by state fingerprint
 * (fingerprint.ts) in a typed-array table (stateTable.ts) that is also the BFS queue
 * (searchGraph.ts reads each state back from its bytes when it expands it). BFS order makes the
 * first schedule found for anything a shortest one. Three reductions are optional: symmetry
 * (symmetry.ts), CPU-local steps (reduction.ts) and stubborn sets (stubborn.ts); without options the whole state graph is
 * explored, which is what the lessons' numbers count.
 */
import type { StubbornSets } from './stubborn';
import { identityRenaming } from './fingerprint';
import type { Scenario } from './scenario';
import { Graph } from './searchGraph';
import { initialState } from './state';
import { symmetryGroup } from './symmetry';
import type { Outcome, Variants, Violation } from './types';

/** How to explore. Every option defaults to the plain, unreduced search. */
export interface ExploreOptions {
  /** Store one state per renaming of interchangeable CPUs and pages. */
  symmetry?: boolean;
  /** Run CPU-local steps without interleaving the other CPUs before them. */
  localSteps?: boolean;
  /**
   * Stubborn sets: explore only a conflict-closed set of CPUs where that keeps every verdict;
   * replaces localSteps, which it subsumes. Pass STUBBORN_SETS (stubborn.ts): handed in rather
   * than imported here, so the browser's checker, which explores unreduced, does not carry it.
   */
  por?: StubbornSets;
  /** Stop with a StateCapError past this many states (default DEFAULT_MAX_STATES). */
  maxStates?: number;
  /** Called every `progressEvery` expanded states (default 16384). */
  onProgress?: (progress: ExploreProgress) => void;
  progressEvery?: number;
}

/**
 * Enough for every scenario the schema admits (its 4-CPU bench case has 322k states unreduced),
 * and at about 110 bytes a state still within half a gigabyte.
 */
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
  /** Bytes the search holds per state: the seen-state table (fingerprints, index, hashes, slots), which is also the BFS queue, and its per-state columns (parent, CPU, renaming, log). */
  bytesPerState: number;
  /** Which reductions ran: the symmetry group's size (1 = none), local steps, stubborn sets. */
  reduction: { symmetry: number; localSteps: boolean; por: boolean; shortestGuaranteed: boolean };
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
  const every = options.progressEvery ?? 16384;
  const cap = options.maxStates ?? DEFAULT_MAX_STATES;
  const g = new Graph(init, group, {
    localSteps: !!options.localSteps,
    por: options.por ?? null,
    maxStates: cap,
    progressEvery: every,
    onProgress: (states, transitions) => options.onProgress?.(progressOf(states, transitions, t0)),
    capError: () => new StateCapError(scenario.id, cap),
  });
  for (let i = 0; i < g.table.size; i++) g.expand(i);
  const violations = [...g.violations.values()];
  return {
    verdict: violations.length ? 'unsafe' : 'safe',
    states: g.table.size,
    violatingStates: g.violatingCount,
    transitions: g.transitions,
    elapsedMs: performance.now() - t0,
    bytesPerState: Math.round(g.table.bytes / g.table.size) + g.columnBytes,
    reduction: {
      symmetry: group.length,
      localSteps: !!options.localSteps && !options.por,
      por: !!options.por,
      shortestGuaranteed: !options.localSteps && !options.por,
    },
    violations,
    outcomes: [...g.outcomes.values()],
    ruleI: [...g.ruleI.values()],
  };
}

function progressOf(states: number, transitions: number, t0: number): ExploreProgress {
  const elapsedMs = performance.now() - t0;
  return {
    states,
    transitions,
    elapsedMs,
    statesPerSecond: Math.round(states / Math.max(elapsedMs / 1000, 1e-3)),
  };
}
