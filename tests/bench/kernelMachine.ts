/**
 * A fair xstate/graph baseline: a machine whose context *is* the kernel state (no replaying lab
 * machine in between), one `cpu.step` event per runnable CPU, snapshots identified by stateKey().
 * xstate/graph then does the same breadth-first search as explore(), with XState's own snapshot
 * and adjacency-map machinery instead of fingerprints in typed arrays.
 */
import { assign, setup } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import {
  cpuStatus,
  initialState,
  stateKey,
  type KernelState,
  type Scenario,
  type Variants,
} from '../../src/model';
import { runStep } from '../../src/model/step';

type StepEvent = { type: 'cpu.step'; cpu: number };

function kernelMachine(scenario: Scenario, variants: Variants) {
  return setup({
    types: { context: {} as { kernel: KernelState }, events: {} as StepEvent },
    guards: {
      runnable: ({ context, event }) => cpuStatus(context.kernel, event.cpu).kind === 'runnable',
    },
    actions: {
      step: assign({
        kernel: ({ context, event }) => runStep(context.kernel, event.cpu, true).state,
      }),
    },
  }).createMachine({
    id: 'kernel',
    context: { kernel: initialState(scenario, variants) },
    on: { 'cpu.step': { guard: 'runnable', actions: 'step' } },
  });
}

/** States, transitions and time of xstate/graph's traversal; the map is returned for sizing. */
export function exploreWithXState(scenario: Scenario, variants: Variants) {
  const t0 = performance.now();
  const adj = getAdjacencyMap(kernelMachine(scenario, variants), {
    events: (snap) =>
      snap.context.kernel.cpus.flatMap((_, cpu): StepEvent[] =>
        cpuStatus(snap.context.kernel, cpu).kind === 'runnable' ? [{ type: 'cpu.step', cpu }] : [],
      ),
    serializeState: (snap) => stateKey(snap.context.kernel),
  });
  const entries = Object.values(adj);
  const transitions = entries.reduce((n, v) => n + Object.keys(v.transitions).length, 0);
  return { states: entries.length, transitions, elapsedMs: performance.now() - t0, adj };
}
