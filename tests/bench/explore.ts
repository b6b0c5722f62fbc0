/**
 * Benchmark: the model's explorer against the same exploration through xstate/graph over
 * the lab machine. Prints one row per scenario × variant pair. Run with `npm run bench`
 * (not part of `npm test`); `--all` also runs every variant pair, `--runs N` sets the runs.
 */
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  explore,
  type Scenario,
  type Variants,
} from '../../src/model';
import { exploreViaGraph } from '../../src/machines';
import { loadScenarios } from '../../src/scenarios/load';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const all = args.includes('--all');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median elapsed ms of `fn` over `runs` runs, after warm-up runs (the JIT, not the model). */
function time(fn: () => { elapsedMs: number }, n: number): number {
  for (let i = 0; i < 3; i++) fn();
  return median(Array.from({ length: n }, () => fn().elapsedMs));
}

/** The pairs a scenario claims something about, or all twelve with --all. */
function pairs(s: Scenario): Variants[] {
  if (!all) return s.expect.map(({ balloon, core }) => ({ balloon, core }));
  return BALLOON_VARIANTS.flatMap((b) => CORE_VARIANTS.map((c) => ({ balloon: b.id, core: c.id })));
}

const rows: string[][] = [
  [
    'scenario',
    'balloon',
    'core',
    'verdict',
    'states',
    'trans',
    'ms',
    'states/s',
    'graph ms',
    'ratio',
  ],
];
const scenarios = loadScenarios();
// Warm the JIT on every code path first, so the first pair timed is not paying for compilation.
for (let round = 0; round < 3; round++) {
  for (const s of scenarios) for (const v of pairs(s)) explore(s, v);
}
for (const s of scenarios) {
  for (const v of pairs(s)) {
    const r = explore(s, v);
    const ms = time(() => explore(s, v), runs);
    const graphMs = time(() => exploreViaGraph(s, v), Math.max(3, Math.floor(runs / 2)));
    rows.push([
      s.id,
      v.balloon,
      v.core,
      r.verdict,
      `${r.states}`,
      `${r.transitions}`,
      ms.toFixed(2),
      `${Math.round(r.states / (ms / 1000))}`,
      graphMs.toFixed(1),
      `${(graphMs / ms).toFixed(1)}×`,
    ]);
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows)
  console.log(r.map((c, i) => (i >= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
