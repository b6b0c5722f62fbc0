/** The model's explorer and an xstate/graph traversal of the lab machine find the same states. */
import { describe, expect, it } from 'vitest';
import {
  explore,
  initialState,
  replay,
  stateKey,
  type Scenario,
  type Variants,
} from '../../src/model';
import { exploreViaGraph } from '../../src/machines';
import { loadScenarios } from '../../src/scenarios/load';

const small = loadScenarios().filter((s) => s.id !== 'full-cycle');

/** Every reachable state key, by a plain DFS over the model (independent of both explorers). */
function reachable(s: Scenario, v: Variants): Set<string> {
  const seen = new Set<string>([stateKey(initialState(s, v))]);
  const stack: number[][] = [[]];
  while (stack.length) {
    const sched = stack.pop()!;
    const end = replay(s, v, sched).snapshots.at(-1)!;
    end.cpus.forEach((_, cpu) => {
      const next = replay(s, v, [...sched, cpu]);
      if (next.stoppedAt) return;
      const k = stateKey(next.snapshots.at(-1)!);
      if (seen.has(k)) return;
      seen.add(k);
      stack.push([...sched, cpu]);
    });
  }
  return seen;
}

describe('explorer vs xstate/graph', () => {
  for (const s of small) {
    for (const v of [
      { balloon: 'patched', core: 'core-page-lock' },
      { balloon: 'no-page-lock', core: 'core-racy' },
    ] as Variants[]) {
      it(`${s.id} (${v.balloon}, ${v.core})`, () => {
        const mine = explore(s, v);
        const graph = exploreViaGraph(s, v);
        expect(graph.keys.size).toBe(mine.states);
        expect(graph.transitions).toBe(mine.transitions);
        if (s.id === 'inflate-vs-isolate') expect(graph.keys).toEqual(reachable(s, v));
      });
    }
  }
});
