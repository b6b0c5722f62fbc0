/**
 * The state graph of one scenario under one variant pair, annotated with how far each state is
 * from meeting a goal. Built once per (scenario, variants, goal) by a breadth-first search from
 * the start, then a backward search from every step that meets the goal; a hint at any point of
 * any run is then a lookup. A goal can depend on the path (a `break` goal is met by a step, and
 * the state after it may be reached without breaking anything), so distances are counted to a
 * goal-meeting *step*, never to a state.
 */
import type { Scenario } from '../scenario';
import { initialState, stateKey } from '../state';
import { cpuStatus } from '../status';
import { runStep } from '../step';
import type { KernelState, Variants } from '../types';
import { stepMeetsGoal } from './goal';
import type { ChallengeGoal } from './types';

/** One step out of a state: the CPU that takes it, where it leads, whether it meets the goal. */
export interface GoalEdge {
  cpu: number;
  to: number;
  meets: boolean;
}

/** The whole reachable graph, with `distance[id]` = fewest steps from state id to the goal. */
export interface GoalGraph {
  /** State id by stateKey(); the start is id 0. */
  ids: Map<string, number>;
  edges: GoalEdge[][];
  /** Fewest steps to a step that meets the goal, or -1 when no continuation meets it. */
  distance: Int32Array;
}

/**
 * Enough for every scenario the course ships (the largest has about 4,000 states); past it the
 * hint says so rather than stall the lab.
 */
export const GOAL_GRAPH_MAX_STATES = 250_000;

/**
 * The state graph outgrew the cap. Its own class rather than the explorer's StateCapError, so the
 * lab's hint code does not pull the whole explorer into the page.
 */
export class GoalGraphCapError extends Error {
  override name = 'GoalGraphCapError';
  constructor(
    readonly scenarioId: string,
    readonly cap: number,
  ) {
    super(
      `scenario ${scenarioId} has more than ${cap.toLocaleString('en')} states: too many for a hint (the checker can still explore it)`,
    );
  }
}

/** Explores every interleaving from the start and measures each state's distance to the goal. */
export function goalGraph(
  scenario: Scenario,
  variants: Variants,
  goal: ChallengeGoal,
  maxStates = GOAL_GRAPH_MAX_STATES,
): GoalGraph {
  const start = initialState(scenario, variants);
  const ids = new Map([[stateKey(start), 0]]);
  const edges: GoalEdge[][] = [];
  const queue: KernelState[] = [start];
  for (let id = 0; id < queue.length; id++) {
    const s = queue[id];
    const out: GoalEdge[] = [];
    for (let cpu = 0; cpu < s.cpus.length; cpu++) {
      if (cpuStatus(s, cpu).kind !== 'runnable') continue;
      const { state, record } = runStep(s, cpu, true);
      const key = stateKey(state);
      let to = ids.get(key);
      if (to === undefined) {
        to = queue.length;
        if (to >= maxStates) throw new GoalGraphCapError(scenario.id, maxStates);
        ids.set(key, to);
        queue.push(state);
      }
      out.push({ cpu, to, meets: stepMeetsGoal(goal, record, state) });
    }
    edges.push(out);
  }
  return { ids, edges, distance: distances(edges) };
}

/** Backward breadth-first search from the goal-meeting steps. */
function distances(edges: GoalEdge[][]): Int32Array {
  const distance = new Int32Array(edges.length).fill(-1);
  const before: number[][] = edges.map(() => []);
  const queue: number[] = [];
  edges.forEach((out, from) => {
    for (const e of out) before[e.to].push(from);
    if (out.some((e) => e.meets)) {
      distance[from] = 1;
      queue.push(from);
    }
  });
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i];
    for (const from of before[at]) {
      if (distance[from] >= 0) continue;
      distance[from] = distance[at] + 1;
      queue.push(from);
    }
  }
  return distance;
}

/** Whether `edge` keeps the goal reachable: it meets it, or leads somewhere it still can be. */
export const keepsGoal = (graph: GoalGraph, edge: GoalEdge): boolean =>
  edge.meets || graph.distance[edge.to] >= 0;
