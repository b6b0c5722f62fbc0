/**
 * One big search in a process of its own, so its peak resident memory is its own (an earlier
 * search in the same process would keep the heap grown). explore.ts runs this per case and reads
 * the one JSON line it prints: `tsx tests/bench/scaleOne.ts <case>`.
 */
import { explore, REDUCED, type ExploreOptions, type Scenario } from '../../src/model';
import { fiveCpus, fourCpus, sixCpus, sixLight } from './scenarios';

/** The scale cases, by the name explore.ts passes. */
export const SCALE_CASES: Record<string, { scenario: Scenario; options: ExploreOptions }> = {
  'four-unreduced': { scenario: fourCpus, options: {} },
  'four-reduced': { scenario: fourCpus, options: REDUCED },
  'five-unreduced': { scenario: fiveCpus, options: {} },
  'five-reduced': { scenario: fiveCpus, options: REDUCED },
  'four-local': { scenario: fourCpus, options: { symmetry: true, localSteps: true } },
  'five-local': { scenario: fiveCpus, options: { symmetry: true, localSteps: true } },
  'six-light-reduced': { scenario: sixLight, options: REDUCED },
  'six-reduced': { scenario: sixCpus, options: { ...REDUCED, maxStates: 2_000_000 } },
};

/** What one case printed. */
export interface ScaleResult {
  states?: number;
  transitions?: number;
  bytesPerState?: number;
  symmetry?: number;
  verdict?: string;
  error?: string;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

function run(name: string): ScaleResult {
  const { scenario, options } = SCALE_CASES[name];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const timing = () => {
    const cpu = process.cpuUsage(cpu0);
    return {
      seconds: (performance.now() - t0) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  };
  try {
    const r = explore(scenario, { balloon: 'patched', core: 'core-page-lock' }, options);
    return {
      states: r.states,
      transitions: r.transitions,
      bytesPerState: r.bytesPerState,
      symmetry: r.reduction.symmetry,
      verdict: r.verdict,
      ...timing(),
    };
  } catch (e) {
    return { error: String(e), ...timing() };
  }
}

if (process.argv[2]) console.log(JSON.stringify(run(process.argv[2])));
