/**
 * Hints from the model: from the state a run has reached, can the goal still be met, in how many
 * more steps at least, which CPUs' next steps keep it in reach, and, once it is out of reach,
 * how far to undo. Each answer comes from the whole state graph (./graph.ts), built once per
 * scenario, variants and goal and then remembered, so every later hint costs one replay.
 */
import type { Scenario } from '../scenario';
import { initialState, stateKey } from '../state';
import { runStep } from '../step';
import type { KernelState, Variants } from '../types';
import { goalKey, goalMet } from './goal';
import { goalGraph, keepsGoal, type GoalGraph } from './graph';
import type { ChallengeGoal } from './types';

/** What the model says about a run's chances, at its current step. */
export interface Hint {
  /** The run has already met the goal. */
  met: boolean;
  /** Some continuation from here meets the goal (false once met: nothing is left to reach). */
  reachable: boolean;
  /** When reachable: the fewest further steps that meet the goal. */
  minMoreSteps?: number;
  /** Names of the CPUs whose next step keeps the goal reachable (in CPU order). */
  keepMoves: string[];
  /** How many CPUs can take a step here. */
  ofMoves: number;
  /**
   * When the goal is out of reach but was not at the start: the most steps of this run to keep,
   * i.e. undo to step `undoTo` (0 = the start) and the goal is reachable again.
   */
  undoTo?: number;
}

/** Graphs already built, per scenario object and then per variants and goal. */
const graphs = new WeakMap<Scenario, Map<string, GoalGraph>>();

function graphFor(scenario: Scenario, variants: Variants, goal: ChallengeGoal): GoalGraph {
  const key = `${variants.balloon}|${variants.core}|${JSON.stringify(variants.knobs ?? null)}|${goalKey(goal)}`;
  let byKey = graphs.get(scenario);
  if (!byKey) graphs.set(scenario, (byKey = new Map()));
  let graph = byKey.get(key);
  if (!graph) byKey.set(key, (graph = goalGraph(scenario, variants, goal)));
  return graph;
}

/** The state ids of the run after 0, 1, … steps, and its last state. */
function walk(
  graph: GoalGraph,
  scenario: Scenario,
  variants: Variants,
  schedule: readonly number[],
): { path: number[]; last: KernelState } {
  let state = initialState(scenario, variants);
  const path = [0];
  for (const cpu of schedule) {
    // runStep throws a StepError naming the CPU when a step cannot run: a caller's bug.
    state = runStep(state, cpu, true).state;
    path.push(graph.ids.get(stateKey(state))!);
  }
  return { path, last: state };
}

/**
 * The hint for a run that has taken `schedule` (CPU indexes) from the scenario's start. For an
 * `impossible` goal it answers about breaking any invariant at all, which is never reachable.
 * The first call for a scenario, variants and goal explores the whole state graph (see
 * `npm run bench` for the cost); it throws GoalGraphCapError past GOAL_GRAPH_MAX_STATES.
 */
export function hintAt(
  scenario: Scenario,
  variants: Variants,
  schedule: readonly number[],
  goal: ChallengeGoal,
): Hint {
  const graph = graphFor(scenario, variants, goal);
  const { path, last } = walk(graph, scenario, variants, schedule);
  const here = path[path.length - 1];
  const out = graph.edges[here];
  const met = goalMet(goal, last);
  const keepMoves = met
    ? []
    : out.filter((e) => keepsGoal(graph, e)).map((e) => scenario.cpus[e.cpu].name);
  const hint: Hint = { met, reachable: false, keepMoves, ofMoves: out.length };
  if (met) return hint;
  const distance = graph.distance[here];
  if (distance >= 0) return { ...hint, reachable: true, minMoreSteps: distance };
  const undoTo = path.findLastIndex((id) => graph.distance[id] >= 0);
  return undoTo >= 0 ? { ...hint, undoTo } : hint;
}

const steps = (n: number) => `${n} more step${n === 1 ? '' : 's'}`;
const list = (names: string[]) =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** Which next moves keep the goal reachable, in a sentence. */
function movesSentence(hint: Hint): string {
  const keep = hint.keepMoves.map((name) => `Step ${name}`);
  if (hint.ofMoves === 1) return `Only one CPU can run: ${keep[0]} keeps the goal reachable.`;
  if (keep.length === hint.ofMoves) return "Every CPU's next move keeps the goal reachable.";
  const verb = keep.length === 1 ? 'keeps' : 'keep';
  return `Of the ${hint.ofMoves} CPUs' next moves, only ${list(keep)} ${verb} the goal reachable.`;
}

/**
 * The hint in words, in levels from the gentlest: whether the goal is still reachable from here
 * (and at least how many more steps), then which CPUs' next steps keep it so. An unreachable goal
 * gets one level: where to undo to.
 */
export function hintLevels(hint: Hint): string[] {
  if (hint.met) return ['This run has already met the goal.'];
  if (!hint.reachable) {
    if (hint.undoTo === undefined)
      return ['No interleaving reaches the goal, from here or from the start.'];
    return [`From here no interleaving reaches the goal any more: undo to step ${hint.undoTo}.`];
  }
  return [
    `From here the goal is still reachable — at least ${steps(hint.minMoreSteps!)}.`,
    movesSentence(hint),
  ];
}
