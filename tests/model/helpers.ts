/** Small hand-built scenarios and helpers shared by the model tests. */
import {
  initialState,
  step,
  type KernelState,
  type Scenario,
  type Variants,
} from '../../src/model';

export const PATCHED: Variants = { balloon: 'patched', core: 'core-page-lock' };
export const OLD: Variants = { balloon: 'page-lock', core: 'core-page-lock' };
export const NO_PAGE_LOCK: Variants = { balloon: 'no-page-lock', core: 'core-page-lock' };

/** A scenario from a compact description. */
export function scenario(pages: Scenario['pages'], cpus: Scenario['cpus'], id = 'test'): Scenario {
  return {
    id,
    title: id,
    description: id,
    pages,
    cpus,
    expect: [{ balloon: 'patched', core: 'core-page-lock', verdict: 'safe' }],
  };
}

export const isolateVsDeflate = scenario(
  [{ name: 'P', state: 'onList' }],
  [
    { name: 'A', program: 'isolate', args: { page: 'P', then: 'putback' } },
    { name: 'B', program: 'deflate', args: { count: 1 } },
  ],
);

export const deflateOnly = (pages: Scenario['pages'] = [{ name: 'P', state: 'onList' }]) =>
  scenario(pages, [{ name: 'D', program: 'deflate', args: { count: 1 } }]);

export const inflateOnly = scenario(
  [{ name: 'P', state: 'unallocated' }],
  [{ name: 'I', program: 'inflate', args: { page: 'P' } }],
);

export const migrateOnly = scenario(
  [
    { name: 'P', state: 'onList' },
    { name: 'Q', state: 'unallocated' },
  ],
  [{ name: 'M', program: 'isolate', args: { page: 'P', then: 'migrate', newpage: 'Q' } }],
);

/** Steps `cpu` until its next line is `lineId` (or it finishes); returns the state there. */
export function runUntil(
  s: KernelState,
  cpu: number,
  lineId: string,
  listing: { lineId: string }[],
): KernelState {
  for (let n = 0; n < 100 && s.cpus[cpu].pc >= 0 && listing[s.cpus[cpu].pc].lineId !== lineId; n++)
    s = step(s, cpu).state;
  return s;
}

/** Runs one CPU to the end, collecting the line ids it executed. */
export function runAlone(s: KernelState, cpu: number): { state: KernelState; lines: string[] } {
  const lines: string[] = [];
  while (s.cpus[cpu].pc >= 0) {
    const r = step(s, cpu);
    lines.push(r.record.lineId);
    s = r.state;
  }
  return { state: s, lines };
}

export const start = (sc: Scenario, v: Variants = PATCHED) => initialState(sc, v);
