/**
 * The reductions keep every verdict: on every shipped scenario and every variant pair, and on
 * three bench-style scenarios with interchangeable CPUs and pages, exploring with symmetry, with
 * local steps, with stubborn sets and with symmetry plus either finds the same violations, the same outcomes and (where the report
 * promises it) the same shortest counterexample lengths as the plain search.
 */
import { describe, expect, it } from 'vitest';
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  explore,
  initialState,
  outcome,
  replay,
  violationKey,
  type ExploreReport,
  type KernelState,
  type Scenario,
  type Variants,
} from '../../src/model';
import { StateCapError, type ExploreOptions } from '../../src/model/explore';
import { REDUCED, STUBBORN_SETS } from '../../src/model/stubborn';
import { ByteSink, identityRenaming, writeFingerprint } from '../../src/model/fingerprint';
import { renameSchedule, symmetryGroup, writeCanonical } from '../../src/model/symmetry';
import { loadScenarios } from '../../src/scenarios/load';
import { scenario } from './helpers';

const allVariants: Variants[] = BALLOON_VARIANTS.flatMap((b) =>
  CORE_VARIANTS.map((c) => ({ balloon: b.id, core: c.id })),
);

/** Two interchangeable putbacks and two interchangeable unnamed pages, next to a deflate. */
const symmetric = scenario(
  [
    { name: 'P', state: 'onList' },
    { name: 'S', state: 'unallocated' },
    { name: 'T', state: 'unallocated' },
  ],
  [
    { name: 'A', program: 'isolate', args: { page: 'P', then: 'putback' } },
    { name: 'B', program: 'deflate', args: { count: 1 } },
    { name: 'C', program: 'isolate', args: { page: 'P', then: 'putback' } },
  ],
  'symmetric',
);

/** An inflate whose page nobody else names: its first steps are local. */
const local = scenario(
  [
    { name: 'P', state: 'onList' },
    { name: 'Q', state: 'unallocated' },
  ],
  [
    { name: 'A', program: 'inflate', args: { page: 'Q' } },
    { name: 'B', program: 'isolate', args: { page: 'P', then: 'putback' } },
  ],
  'local',
);

/**
 * A migration next to a deflate and a putback: the migrate lines on the target page nobody else
 * names run alone, and once the deflate has reached its release loop, the putback's page on the
 * balloon list is private too.
 */
const migrating = scenario(
  [
    { name: 'P', state: 'onList' },
    { name: 'R', state: 'onList' },
    { name: 'N', state: 'unallocated' },
  ],
  [
    { name: 'A', program: 'isolate', args: { page: 'P', then: 'migrate', newpage: 'N' } },
    { name: 'C', program: 'deflate', args: { count: 1 } },
    { name: 'D', program: 'isolate', args: { page: 'R', then: 'putback' } },
  ],
  'migrating',
);

const cases: Scenario[] = [...loadScenarios(), symmetric, local, migrating];

const lengths = (r: ExploreReport) =>
  new Map(r.violations.map((x) => [violationKey(x.violation), x.schedule.length]));

function expectSame(s: Scenario, v: Variants, plain: ExploreReport, opts: ExploreOptions): void {
  const r = explore(s, v, opts);
  const what = `${s.id} ${v.balloon} ${v.core} ${JSON.stringify(opts)}`;
  expect(r.verdict, what).toBe(plain.verdict);
  expect([...lengths(r).keys()].sort(), what).toEqual([...lengths(plain).keys()].sort());
  expect(r.outcomes.map((o) => o.outcome.id).sort(), what).toEqual(
    plain.outcomes.map((o) => o.outcome.id).sort(),
  );
  expect(r.ruleI.map((x) => x.lineId).sort(), what).toEqual(
    plain.ruleI.map((x) => x.lineId).sort(),
  );
  expect(r.states, what).toBeLessThanOrEqual(plain.states);
  for (const [key, n] of lengths(r)) {
    if (r.reduction.shortestGuaranteed) expect(n, `${what} ${key}`).toBe(lengths(plain).get(key));
    else expect(n, `${what} ${key}`).toBeGreaterThanOrEqual(lengths(plain).get(key)!);
  }
  // Every schedule reported is a real run: it replays to its violation or outcome.
  for (const { violation, schedule } of r.violations) {
    const run = replay(s, v, schedule);
    expect(run.stoppedAt, what).toBeUndefined();
    expect(run.records.at(-1)!.violations.map(violationKey)).toContain(violationKey(violation));
  }
  for (const o of r.outcomes)
    expect(outcome(replay(s, v, o.schedule).snapshots.at(-1)!)?.id, what).toBe(o.outcome.id);
}

describe('reductions keep every verdict', () => {
  // One test per scenario and variant pair, so no single test blocks the worker for long.
  it.each(
    cases.flatMap((s) => allVariants.map((v) => [`${s.id} ${v.balloon}/${v.core}`, s, v] as const)),
  )(
    '%s',
    (_, s, v) => {
      const plain = explore(s, v);
      expect(plain.reduction).toEqual({
        symmetry: 1,
        localSteps: false,
        por: false,
        shortestGuaranteed: true,
      });
      for (const opts of [
        { symmetry: true },
        { localSteps: true },
        { symmetry: true, localSteps: true },
        { por: STUBBORN_SETS },
        REDUCED,
      ])
        expectSame(s, v, plain, opts);
    },
    120_000,
  );

  it('actually reduces: symmetric CPUs and pages and local steps store fewer states', () => {
    const v: Variants = { balloon: 'patched', core: 'core-page-lock' };
    const sym = explore(symmetric, v, { symmetry: true });
    expect(sym.reduction.symmetry).toBe(4);
    expect(sym.states).toBeLessThan(explore(symmetric, v).states);
    expect(explore(local, v, { localSteps: true }).states).toBeLessThan(explore(local, v).states);
    expect(explore(migrating, v, { localSteps: true }).states).toBeLessThan(
      explore(migrating, v).states,
    );
    // Stubborn sets keep fewer states than local steps where CPUs share pages.
    expect(explore(migrating, v, { por: STUBBORN_SETS }).states).toBeLessThan(
      explore(migrating, v, { localSteps: true }).states,
    );
    expect(explore(symmetric, v, REDUCED).states).toBeLessThan(sym.states);
  });
});

describe('symmetry group', () => {
  it('holds only renamings that fix the start: listed pages in list order stay apart', () => {
    const listed = scenario(
      [
        { name: 'P', state: 'onList' },
        { name: 'R', state: 'onList' },
      ],
      [{ name: 'A', program: 'deflate', args: { count: 1 } }],
    );
    const v: Variants = { balloon: 'patched', core: 'core-page-lock' };
    expect(symmetryGroup(listed, initialState(listed, v))).toHaveLength(1);
    expect(symmetryGroup(symmetric, initialState(symmetric, v))).toHaveLength(4);
  });

  it('maps runs onto runs: a renamed schedule reaches the renamed state, same canonical form', () => {
    const v: Variants = { balloon: 'no-page-lock', core: 'core-racy' };
    const group = symmetryGroup(symmetric, initialState(symmetric, v));
    const bytes = (k: ByteSink) => [...k.bytes.subarray(0, k.length)];
    const canonical = (s: KernelState) => {
      const out = new ByteSink();
      writeCanonical(s, group, out, new ByteSink());
      return bytes(out);
    };
    const schedule = [0, 0, 0, 2, 2, 1, 0, 2];
    const end = replay(symmetric, v, schedule).snapshots.at(-1)!;
    for (const r of group) {
      const image = replay(symmetric, v, renameSchedule(r, schedule)).snapshots.at(-1)!;
      const renamed = new ByteSink();
      writeFingerprint(end, r, renamed);
      const plain = new ByteSink();
      writeFingerprint(image, identityRenaming(3, 3), plain);
      expect(bytes(renamed)).toEqual(bytes(plain));
      expect(canonical(image)).toEqual(canonical(end));
    }
  });
});

describe('limits', () => {
  it('stops at the state cap with a message naming the scenario and the cap', () => {
    const s = loadScenarios().find((x) => x.id === 'full-cycle')!;
    const v: Variants = { balloon: 'patched', core: 'core-page-lock' };
    expect(() => explore(s, v, { maxStates: 50 })).toThrow(StateCapError);
    expect(() => explore(s, v, { maxStates: 50 })).toThrow(/full-cycle has more than 50 states/);
    expect(explore(s, v, { maxStates: explore(s, v).states }).verdict).toBe('safe');
  });

  it('reports progress while it runs', () => {
    const s = loadScenarios().find((x) => x.id === 'full-cycle')!;
    const seen: number[] = [];
    const r = explore(
      s,
      { balloon: 'patched', core: 'core-page-lock' },
      { progressEvery: 100, onProgress: (p) => seen.push(p.states) },
    );
    expect(seen.length).toBe(Math.floor(r.states / 100));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((n) => n > 0 && n <= r.states)).toBe(true);
  });
});
