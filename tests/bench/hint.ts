/**
 * Benchmark: the cost of a hint (src/model/challenge/hint.ts) for every shipped challenge. The
 * first hint of a challenge builds the whole state graph with its distances to the goal; every
 * later hint replays the run and looks up. Reports both, the later one at the par schedule's
 * midpoint; each the median of several runs. Not part of `npm test`: timings are reported here, never asserted.
 */
import {
  goalGraph,
  hintAt,
  scheduleFromNames,
  type BuiltChallenge,
  type Scenario,
} from '../../src/model';
import { allChallenges } from '../../src/scenarios/challenges';
import { loadScenarios } from '../../src/scenarios/load';

const scenarios = loadScenarios();
const states = (scenario: Scenario, c: BuiltChallenge) =>
  goalGraph(scenario, { balloon: c.balloon, core: c.core }, c.goal).edges.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

function bench(c: BuiltChallenge): string {
  const original = scenarios.find((s) => s.id === c.scenario)!;
  const variants = { balloon: c.balloon, core: c.core };
  // A fresh copy of the scenario each time: the graph is remembered per scenario object.
  const first = median(
    Array.from({ length: 5 }, () =>
      time(() => hintAt(structuredClone(original), variants, [], c.goal)),
    ),
  );
  const scenario = structuredClone(original);
  hintAt(scenario, variants, [], c.goal);
  const names = c.parSchedule ?? [];
  const middle = scheduleFromNames(scenario, names.slice(0, Math.floor(names.length / 2)));
  const later = median(
    Array.from({ length: 20 }, () => time(() => hintAt(scenario, variants, middle, c.goal))),
  );
  return `${c.key.padEnd(44)} ${String(states(scenario, c)).padStart(5)} states  first hint ${first.toFixed(1).padStart(7)} ms   later ${later.toFixed(2).padStart(6)} ms`;
}

console.log('hint cost per challenge (first builds the state graph; later replays and looks up)');
for (const c of allChallenges()) console.log(bench(c));
