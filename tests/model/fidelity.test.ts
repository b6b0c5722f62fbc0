/**
 * Model fidelity (issue 12): the kernel details an independent review found missing or wrong,
 * each checked against the behaviour of the code it mirrors.
 */
import { describe, expect, it } from 'vitest';
import {
  explore,
  programListing,
  step,
  type KernelState,
  type Scenario,
  type Variants,
} from '../../src/model';
import { runUntil, scenario, start } from './helpers';

const RACY: Variants = { balloon: 'patched', core: 'core-racy' };

const doubleIsolate = scenario(
  [{ name: 'P', state: 'onList' }],
  [
    { name: 'A', program: 'isolate', args: { page: 'P', then: 'putback' } },
    { name: 'B', program: 'isolate', args: { page: 'P', then: 'putback' } },
  ],
);

/** Steps `cpu` until its next line is `lineId`. */
function until(sc: Scenario, v: Variants, s: KernelState, cpu: number, lineId: string) {
  const listing = programListing(sc, v, cpu);
  const out = runUntil(s, cpu, lineId, listing);
  expect(listing[out.cpus[cpu].pc]?.lineId).toBe(lineId);
  return out;
}

describe('VM_WARN_ON_ONCE_PAGE after a true isolate callback (isolate_movable_ops_page)', () => {
  it('warns when another isolator set PG_movable_ops_isolated in between, and goes on', () => {
    let s = until(doubleIsolate, RACY, start(doubleIsolate, RACY), 0, 'iso.warn_isolated');
    const first = step(s, 0); // A checks: the flag is still clear, no warning
    expect(first.record.violations).toEqual([]);
    s = until(doubleIsolate, RACY, first.state, 1, 'iso.warn_isolated'); // B isolates P too
    s = step(s, 0).state; // A: SetPageMovableOpsIsolated
    const r = step(s, 1);
    const warnings = r.record.violations.filter((v) => v.invariant === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', cpu: 1, page: 'P' });
    expect(warnings[0].line).toBe('iso.warn_isolated');
    expect(r.state.cpus[1].crashed).toBe(false);
    expect(programListing(doubleIsolate, RACY, 1)[r.state.cpus[1].pc].lineId).toBe('iso.set');
  });

  it('never fires while the core holds the page lock', () => {
    const report = explore(doubleIsolate, { balloon: 'patched', core: 'core-page-lock' });
    expect(report.violations.map((v) => v.violation.invariant)).not.toContain('warn');
  });

  it('is no line of the test-and-set core, which sets the flag itself before the callback', () => {
    const v: Variants = { balloon: 'patched', core: 'core-test-and-set' };
    const ids = programListing(doubleIsolate, v, 0).map((l) => l.lineId);
    expect(ids).not.toContain('iso.warn_isolated');
    expect(ids).toContain('iso.test_and_set');
  });
});
