/**
 * The stubborn-set reduction is only as sound as its table of what each line touches
 * (src/model/lineAccess.ts). On every reachable state of every shipped scenario under every
 * variant pair this checks the table against the step function itself: every shared object a
 * step changes is declared written or added to, every jump lands on a declared successor, only
 * a lock's holder drops it, a CPU's future footprint covers its next step and never grows as any
 * CPU moves, and two runnable steps declared independent commute, neither disabling the other
 * and each breaking the same invariants in either order.
 */
import { describe, expect, it } from 'vitest';
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  initialState,
  violationKey,
  type KernelState,
  type Variants,
} from '../../src/model';
import { compile } from '../../src/model/program';
import { stateKey } from '../../src/model/state';
import { canRun } from '../../src/model/status';
import { runStep } from '../../src/model/step';
import {
  OBJECT_BITS as O,
  conflict,
  futureFootprint,
  nextFootprint,
  successors,
  within,
} from '../../src/model/stubborn';
import type { StepRecord } from '../../src/model/types';
import { loadScenarios } from '../../src/scenarios/load';

const allVariants: Variants[] = BALLOON_VARIANTS.flatMap((b) =>
  CORE_VARIANTS.map((c) => ({ balloon: b.id, core: c.id })),
);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const counted = (st: string) => st === 'isolated' || st === 'migrating';

/** The shared objects that differ between two states: page bits and other objects. */
function changed(a: KernelState, b: KernelState, cpu: number): { pages: number; misc: number } {
  let pages = 0;
  let misc = 0;
  a.pages.forEach((p, i) => {
    const q = b.pages[i];
    if (p.lockedBy !== q.lockedBy) pages |= 1 << (16 + i);
    if (!same({ ...p, lockedBy: 0 }, { ...q, lockedBy: 0 })) pages |= 1 << i;
    if (counted(p.state) !== counted(q.state)) misc |= O.ISO;
  });
  if (!same(a.balloonList, b.balloonList) || !same(a.balloonBelieved, b.balloonBelieved))
    misc |= O.BAL;
  a.cpus.forEach((c, d) => {
    const e = b.cpus[d];
    if (!same(c.list, e.list) || !same(c.believed, e.believed)) misc |= 1 << (O.LIST + d);
    if (d !== cpu) expect({ ...c, list: 0, believed: 0 }).toEqual({ ...e, list: 0, believed: 0 });
  });
  if (a.spinHolder !== b.spinHolder) misc |= O.SPIN;
  if (a.mutexHolder !== b.mutexHolder) misc |= O.MUTEX;
  if (a.numPages !== b.numPages) misc |= O.NUM;
  if (a.isolatedPages !== b.isolatedPages) misc |= O.ISO;
  if (!same(a.counters, b.counters)) misc |= O.CNT;
  return { pages, misc };
}

/** The violations a step found that it judged from what it read (not whole-state checks). */
const ownFindings = (r: StepRecord) =>
  r.violations
    .filter((v) => !['counting', 'deadlock', 'leak', 'counters'].includes(v.invariant))
    .map(violationKey)
    .sort();

function checkState(s: KernelState, next: Map<string, KernelState>): void {
  const n = s.cpus.length;
  const runnable = s.cpus.map((_, c) => canRun(s, c));
  const steps = s.cpus.map((_, c) => (runnable[c] ? runStep(s, c, true) : null));
  for (let c = 0; c < n; c++) {
    const st = steps[c];
    if (!st) continue;
    const line = compile(s.cpus[c].program, s.variants).lines[s.cpus[c].pc];
    const what = `${s.scenarioId} ${s.variants.balloon}/${s.variants.core} ${line.id}`;
    const fp = nextFootprint(s, c);
    const diff = changed(s, st.state, c);
    expect(diff.pages & ~fp.wp, `${what} writes undeclared page fields`).toBe(0);
    expect(diff.misc & ~(fp.wm | fp.am), `${what} writes undeclared objects`).toBe(0);
    const pc = st.state.cpus[c].pc;
    if (!st.state.cpus[c].crashed)
      expect(successors(compile(s.cpus[c].program, s.variants), s.cpus[c].pc), what).toContain(pc);
    // Only a lock's holder drops it.
    s.pages.forEach((p, i) => {
      if (p.lockedBy >= 0 && st.state.pages[i].lockedBy !== p.lockedBy)
        expect(p.lockedBy, `${what} drops another CPU's page lock`).toBe(c);
    });
    for (const k of ['spinHolder', 'mutexHolder'] as const)
      if (s[k] >= 0 && st.state[k] !== s[k]) expect(s[k], `${what} drops ${k}`).toBe(c);
    // Future footprints cover the next step and never grow as anyone moves.
    for (let e = 0; e < n; e++) {
      const f = futureFootprint(s, e, 0);
      if (runnable[e]) expect(within(nextFootprint(s, e), f), `${what}: next of ${e}`).toBe(true);
      expect(within(futureFootprint(st.state, e, 0), f), `${what}: future of ${e}`).toBe(true);
    }
    next.set(stateKey(st.state), st.state);
  }
  // Independent steps commute and leave each other runnable.
  for (let c = 0; c < n; c++)
    for (let d = c + 1; d < n; d++) {
      const sc = steps[c];
      const sd = steps[d];
      if (!sc || !sd || conflict(nextFootprint(s, c), nextFootprint(s, d))) continue;
      const what = `${s.scenarioId} ${s.variants.balloon}/${s.variants.core} cpus ${c},${d}`;
      expect(canRun(sc.state, d) && canRun(sd.state, c), `${what} disable`).toBe(true);
      const cd = runStep(sc.state, d, true);
      const dc = runStep(sd.state, c, true);
      expect(stateKey(cd.state), what).toBe(stateKey(dc.state));
      expect(ownFindings(cd.record), what).toEqual(ownFindings(sd.record));
      expect(ownFindings(dc.record), what).toEqual(ownFindings(sc.record));
    }
}

describe('the line access table matches the step function', () => {
  it.each(
    loadScenarios().flatMap((s) =>
      allVariants.map((v) => [`${s.id} ${v.balloon}/${v.core}`, s, v] as const),
    ),
  )(
    '%s, every reachable state',
    (_, scenario, v) => {
      const init = initialState(scenario, v);
      const seen = new Set([stateKey(init)]);
      let frontier = [init];
      while (frontier.length) {
        const next = new Map<string, KernelState>();
        for (const s of frontier) checkState(s, next);
        frontier = [...next].filter(([k]) => !seen.has(k)).map(([, s]) => s);
        for (const s of frontier) seen.add(stateKey(s));
      }
      expect(seen.size).toBeGreaterThan(1);
    },
    120_000,
  );
});
