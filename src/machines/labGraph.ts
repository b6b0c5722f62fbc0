/**
 * The same exploration as the model's explorer, done the generic way: xstate/graph's
 * getAdjacencyMap over the lab machine, one `cpu.step` event per runnable CPU, snapshots
 * identified by the kernel state they replay to. Used as the benchmark baseline and to
 * cross-check the explorer's state counts.
 */
import { getAdjacencyMap } from 'xstate/graph';
import { cpuStatus, stateKey, type Scenario, type Variants } from '../model';
import { createLabMachine, labState, type LabContext, type LabEvent } from './lab';

/** Reachable kernel states (their keys) and transitions, as xstate/graph found them. */
export interface GraphReport {
  keys: Set<string>;
  transitions: number;
  elapsedMs: number;
}

/** Breadth-first traversal of the lab machine with xstate/graph. */
export function exploreViaGraph(scenario: Scenario, variants: Variants): GraphReport {
  const t0 = performance.now();
  const machine = createLabMachine(scenario);
  const kernel = (c: LabContext) => labState(c);
  const adj = getAdjacencyMap(machine, {
    input: variants,
    events: (snap) => {
      const s = kernel(snap.context);
      return s.cpus.flatMap((_, cpu): LabEvent[] =>
        cpuStatus(s, cpu).kind === 'runnable' ? [{ type: 'cpu.step', cpu }] : [],
      );
    },
    filterEvents: (_, e) => e.type === 'cpu.step',
    serializeState: (snap) => stateKey(kernel(snap.context)),
  });
  const entries = Object.entries(adj);
  const transitions = entries.reduce((n, [, v]) => n + Object.keys(v.transitions).length, 0);
  return { keys: new Set(entries.map(([k]) => k)), transitions, elapsedMs: performance.now() - t0 };
}
