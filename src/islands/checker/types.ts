/**
 * The checker's result as the widgets show it: plain JSON, so the build can precompute it, a
 * worker can send it, and an island can render it without loading the model.
 */
import type { ExploreProgress, InvariantId, Scenario, Variants } from '../../model';

/** One step of a counterexample, as a row of its table. */
export interface StepView {
  cpu: string;
  code: string;
  fn: string;
  narration: string;
  /** The invariants this step breaks (empty for an innocent step). */
  breaks: InvariantId[];
}

/** A broken invariant with the shortest schedule the checker found to it, replayed. */
export interface CounterexampleView {
  invariant: InvariantId;
  severity: 'error' | 'warning';
  message: string;
  /** The schedule as CPU names, e.g. ['A', 'A', 'B']. */
  schedule: string[];
  steps: StepView[];
}

/** A reachable way for the run to end, with one schedule that ends there. */
export interface OutcomeView {
  id: string;
  sentence: string;
  schedule: string[];
}

/**
 * A step that changes page->private without balloon_pages_lock (rule i): reported, never part of
 * the verdict (docs/kernel-model.md §7).
 */
export interface RuleIView {
  cpu: string;
  code: string;
  fn: string;
  narration: string;
}

/** Everything a checker widget shows about one exploration. */
export interface CheckView {
  scenarioId: string;
  variants: Variants;
  verdict: 'safe' | 'unsafe';
  states: number;
  transitions: number;
  /** How long explore() itself took, wherever it ran. */
  elapsedMs: number;
  counterexamples: CounterexampleView[];
  outcomes: OutcomeView[];
  ruleI: RuleIView[];
}

/**
 * What the checker's verdict line needs of a view: the build's check hands its island only this
 * (its findings are static markup in the island, src/islands/checker/Findings.tsx).
 */
export type CheckSummary = Pick<
  CheckView,
  'scenarioId' | 'variants' | 'verdict' | 'states' | 'transitions' | 'elapsedMs'
> & { counterexamples: Pick<CounterexampleView, 'invariant'>[] };

/** Worker protocol: a request names the scenario and variants; the answer carries its id. */
export interface CheckRequest {
  id: number;
  scenario: Scenario;
  variants: Variants;
}

/** The worker's answers: progress while it explores, then a view or an error. */
export type CheckResponse =
  | { id: number; view: CheckView }
  | { id: number; error: string }
  | { id: number; progress: ExploreProgress };
