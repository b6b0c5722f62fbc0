/**
 * The checker: breadth-first search over every interleaving, deduplicated by the canonical
 * state key. BFS order makes the first schedule found for anything a shortest one.
 */
import { violationKey } from './ops';
import { outcome } from './outcome';
import type { Scenario } from './scenario';
import { initialState, stateKey } from './state';
import { cpuStatus } from './status';
import { runStep } from './step';
import type { KernelState, Outcome, Variants, Violation } from './types';

/** What the checker found for one scenario under one variant pair. */
export interface ExploreReport {
  verdict: 'safe' | 'unsafe';
  states: number;
  /**
   * How many of those states some step broke an invariant on the way into (what "N of M states
   * break an invariant" counts): a state entered by a violating step is counted once.
   */
  violatingStates: number;
  transitions: number;
  elapsedMs: number;
  /** Every distinct violation with a shortest schedule (CPU indexes) reaching it. */
  violations: Array<{ violation: Violation; schedule: number[] }>;
  /** Every reachable outcome with a shortest schedule ending in it. */
  outcomes: Array<{ outcome: Outcome; schedule: number[] }>;
  /** Lines that change page->private without balloon_pages_lock (rule i): reported, not judged. */
  ruleI: Array<{ lineId: string; cpu: number; schedule: number[] }>;
}

/** Explores every interleaving of the scenario's CPUs under the variants. */
export function explore(scenario: Scenario, variants: Variants): ExploreReport {
  const t0 = performance.now();
  const g = new Graph(initialState(scenario, variants));
  for (let i = 0; i < g.states.length; i++) g.expand(i);
  const states = g.states.length;
  const violations = [...g.violations.values()];
  return {
    verdict: violations.length ? 'unsafe' : 'safe',
    states,
    violatingStates: g.violating.size,
    transitions: g.transitions,
    elapsedMs: performance.now() - t0,
    violations,
    outcomes: [...g.outcomes.values()],
    ruleI: [...g.ruleI.values()],
  };
}

/** The search frontier and what it has found so far. */
class Graph {
  /** Discovered states in BFS order; each is dropped once expanded, to spare the GC. */
  states: Array<KernelState | null>;
  parent = [-1];
  via = [-1];
  seen = new Map<string, number>();
  transitions = 0;
  /** Indexes of states entered by at least one step that broke an invariant. */
  violating = new Set<number>();
  violations = new Map<string, { violation: Violation; schedule: number[] }>();
  outcomes = new Map<string, { outcome: Outcome; schedule: number[] }>();
  ruleI = new Map<string, { lineId: string; cpu: number; schedule: number[] }>();

  constructor(init: KernelState) {
    this.states = [init];
    this.seen.set(stateKey(init), 0);
  }

  /** Steps every runnable CPU of state i once; a state with none is terminal. */
  expand(i: number): void {
    const s = this.states[i] as KernelState;
    this.states[i] = null;
    let terminal = true;
    for (let cpu = 0; cpu < s.cpus.length; cpu++) {
      if (cpuStatus(s, cpu).kind !== 'runnable') continue;
      terminal = false;
      this.follow(s, i, cpu);
    }
    const o = terminal ? outcome(s) : null;
    if (o && !this.outcomes.has(o.id))
      this.outcomes.set(o.id, { outcome: o, schedule: this.path(i) });
  }

  private follow(s: KernelState, i: number, cpu: number): void {
    const { state, record } = runStep(s, cpu, true);
    this.transitions++;
    for (const v of record.violations) {
      const key = violationKey(v);
      if (!this.violations.has(key))
        this.violations.set(key, { violation: v, schedule: [...this.path(i), cpu] });
    }
    if (record.ruleIUnlocked && !this.ruleI.has(record.lineId)) {
      this.ruleI.set(record.lineId, {
        lineId: record.lineId,
        cpu,
        schedule: [...this.path(i), cpu],
      });
    }
    const key = stateKey(state);
    const known = this.seen.get(key);
    if (record.violations.length) this.violating.add(known ?? this.states.length);
    if (known !== undefined) return;
    this.seen.set(key, this.states.length);
    this.states.push(state);
    this.parent.push(i);
    this.via.push(cpu);
  }

  /** The schedule that first reached state i. */
  path(i: number): number[] {
    const out: number[] = [];
    for (let j = i; j > 0; j = this.parent[j]) out.push(this.via[j]);
    return out.reverse();
  }
}
