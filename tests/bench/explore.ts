/**
 * Benchmark: the model's explorer against xstate/graph on a machine whose context is the kernel
 * state (kernelMachine.ts), then the explorer at scale with and without its reductions, then
 * issue 14's table with the new figures next to the old ones. Run with `npm run bench` (not part
 * of `npm test`). Flags: `--all` every variant pair, `--runs N` warm runs, `--unreduced` also
 * the plain 5-CPU search (minutes, about a gigabyte).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  explore,
  REDUCED,
  type ExploreOptions,
  type ExploreReport,
  type Scenario,
  type Variants,
} from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';
import { exploreWithXState } from './kernelMachine';
import { fiveCpus, sixCpus, sixLight } from './scenarios';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const all = args.includes('--all');
const PATCHED: Variants = { balloon: 'patched', core: 'core-page-lock' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const perSecond = (states: number, ms: number) => Math.round(states / (ms / 1000));

/** First-call time (cold: the JIT has not seen this scenario) and median warm time. */
function timed(fn: () => { elapsedMs: number }, n: number): { cold: number; warm: number } {
  const cold = fn().elapsedMs;
  for (let i = 0; i < 2; i++) fn();
  return { cold, warm: median(Array.from({ length: n }, () => fn().elapsedMs)) };
}

/** Heap a finished search keeps per state: what deduplication costs, measured after a GC. */
function retainedPerState<T>(fn: () => T, states: (r: T) => number): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = fn();
  gc();
  return Math.round((process.memoryUsage().heapUsed - before) / states(result));
}

function pairs(s: Scenario): Variants[] {
  if (!all) return s.expect.map(({ balloon, core }) => ({ balloon, core }));
  return BALLOON_VARIANTS.flatMap((b) => CORE_VARIANTS.map((c) => ({ balloon: b.id, core: c.id })));
}

function print(rows: string[][], numericFrom: number): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows)
    console.log(
      r.map((c, i) => (i >= numericFrom ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '),
    );
  console.log('');
}

// --- 1. Shipped scenarios: explore() against xstate/graph, cold and warm -----------------------
const scenarios = loadScenarios();
const head = ['scenario', 'balloon', 'core', 'states', 'cold ms', 'warm ms', 'states/s', 'B/state'];
const shipped: string[][] = [[...head, 'xs cold', 'xs warm', 'xs st/s', 'xs B/st', 'warm ×']];
const coldMs: number[] = [];
const warmMs: number[] = [];
for (const s of scenarios) {
  for (const v of pairs(s)) {
    const ours = timed(() => explore(s, v), runs);
    const r = explore(s, v);
    const xs = timed(() => exploreWithXState(s, v), Math.max(3, Math.floor(runs / 2)));
    const xsBytes = retainedPerState(
      () => exploreWithXState(s, v),
      (x) => x.states,
    );
    coldMs.push(ours.cold);
    warmMs.push(ours.warm);
    shipped.push([
      s.id,
      v.balloon,
      v.core,
      `${r.states}`,
      ours.cold.toFixed(1),
      ours.warm.toFixed(2),
      `${perSecond(r.states, ours.warm)}`,
      `${r.bytesPerState}`,
      xs.cold.toFixed(1),
      xs.warm.toFixed(1),
      `${perSecond(r.states, xs.warm)}`,
      `${xsBytes}`,
      `${(xs.warm / ours.warm).toFixed(1)}×`,
    ]);
  }
}
console.log(
  'Shipped scenarios. explore() unreduced vs xstate/graph over a machine whose context is the kernel state.',
);
console.log(
  'B/state: explore() = its seen-state table (fingerprints, index, hashes, slots); xs = heap the adjacency map retains.',
);
print(shipped, 3);

// --- 2. Scale: bigger scenarios, with and without reductions ------------------------------------
interface ScaleRun {
  report?: ExploreReport;
  error?: string;
  seconds: number;
  peakRss: number;
}

/** One big search with its peak resident memory (sampled at every progress report). */
function scaled(s: Scenario, options: ExploreOptions): ScaleRun {
  gc();
  // Heap plus typed-array buffers: RSS would keep what earlier runs left behind.
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const base = used();
  let peak = base;
  const t0 = performance.now();
  const sample = () => (peak = Math.max(peak, used()));
  try {
    const report = explore(s, PATCHED, { ...options, progressEvery: 8192, onProgress: sample });
    sample();
    return { report, seconds: (performance.now() - t0) / 1000, peakRss: peak - base };
  } catch (e) {
    return { error: String(e), seconds: (performance.now() - t0) / 1000, peakRss: peak - base };
  }
}

const four: Scenario = { ...fiveCpus, id: 'bench-four-cpus', cpus: fiveCpus.cpus.slice(0, 4) };
const scale: Array<[string, Scenario, ExploreOptions]> = [
  ['4 CPUs, unreduced', four, {}],
  ['4 CPUs, reduced', four, REDUCED],
  ...(args.includes('--unreduced') ? [['5 CPUs, unreduced', fiveCpus, {}] as const] : []),
  ['5 CPUs, reduced', fiveCpus, REDUCED],
  ['6 CPUs (3 putbacks, deflate, 2 inflates), reduced', sixLight, REDUCED],
  ['6 CPUs (5-CPU + inflate), reduced, capped', sixCpus, { ...REDUCED, maxStates: 1_000_000 }],
] as Array<[string, Scenario, ExploreOptions]>;
const scaleRows: string[][] = [
  ['run', 'states', 'transitions', 's', 'states/s', 'peak mem', 'B/state', 'symmetry', 'verdict'],
];
const results = new Map<string, ScaleRun>();
for (const [label, s, options] of scale) {
  const run = scaled(s, options);
  results.set(label, run);
  const r = run.report;
  scaleRows.push([
    label,
    r ? `${r.states}` : '-',
    r ? `${r.transitions}` : '-',
    run.seconds.toFixed(1),
    r ? `${perSecond(r.states, run.seconds * 1000)}` : '-',
    mb(run.peakRss),
    r ? `${r.bytesPerState}` : '-',
    r ? `×${r.reduction.symmetry}` : '-',
    r ? r.verdict : (run.error ?? '').slice(0, 60),
  ]);
}
console.log(`Scale (balloon patched, core-page-lock; ${fiveCpus.title}).`);
print(scaleRows, 1);

// --- 3. Issue 14's table -----------------------------------------------------------------------
const fmt = (label: string) => {
  const run = results.get(label);
  if (!run?.report) return `did not finish (${run?.error?.slice(0, 50) ?? 'not run'})`;
  return `${run.report.states.toLocaleString('en')} states, ${run.seconds.toFixed(1)} s, ${mb(run.peakRss)}`;
};
const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms`;
const spin = (() => {
  try {
    execFileSync('spin', ['-V'], { stdio: 'pipe' });
    return 'spin is installed, but no SPIN model ships yet: skipped';
  } catch {
    return 'skipped: `spin` is not installed';
  }
})();
const table = [
  ['what', 'old (issue 14)', 'now'],
  [
    'checker, shipped scenarios',
    '3–16 ms warm, ~95 ms cold',
    `${range(warmMs)} warm, ${range(coldMs)} cold`,
  ],
  [
    'checker, 4 CPUs',
    '437k states, 4.9–8.7 s, 387 MB',
    `${fmt('4 CPUs, unreduced')}; reduced ${fmt('4 CPUs, reduced')}`,
  ],
  [
    'checker, 5 CPUs (i, m, d2, p, p)',
    '1.97 M states, 20–55 s, 1.16 GB',
    `reduced ${fmt('5 CPUs, reduced')}; unreduced (--unreduced) ${fmt('5 CPUs, unreduced')}`,
  ],
  [
    'checker, 6 CPUs',
    'out of memory after 14 min',
    `${fmt('6 CPUs (3 putbacks, deflate, 2 inflates), reduced')}; 5-CPU + inflate: ${fmt('6 CPUs (5-CPU + inflate), reduced, capped')}`,
  ],
  [
    'per state',
    '~500 B of heap; no reduction, no cap, no progress, no cancel',
    `${results.get('5 CPUs, reduced')?.report?.bytesPerState ?? '?'} B in the seen-state table (plus the BFS frontier); symmetry + local-step reduction, state cap, progress, cancel`,
  ],
  ['SPIN side by side', 'SPIN: ~84 B/state, ~11× more states per CPU-second', spin],
  [
    'bench vs xstate/graph',
    'median 7× (kernel-state context)',
    `median ${median(shipped.slice(1).map((r) => Number.parseFloat(r[12]))).toFixed(1)}× warm (table 1)`,
  ],
];
console.log("Issue 14's table (checker rows), measured now on this machine:");
print(table, 99);
console.log(
  `Machine: ${process.platform} ${process.arch}, ${cpus().length} cores, Node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (timings are only comparable within one run).`,
);
