/** Property tests: random schedules against the model and the checker. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  cpuStatus,
  explore,
  initialState,
  step,
  violationKey,
  type Scenario,
  type Variants,
} from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';

const scenarios = loadScenarios();
const pairs: Variants[] = BALLOON_VARIANTS.flatMap((b) =>
  CORE_VARIANTS.map((c) => ({ balloon: b.id, core: c.id })),
);

/** Runs a random schedule: each choice picks among the CPUs runnable at that moment. */
function randomRun(s: Scenario, v: Variants, choices: number[]) {
  let state = initialState(s, v);
  const found: string[] = [];
  for (const c of choices) {
    const runnable = state.cpus
      .map((_, i) => i)
      .filter((i) => cpuStatus(state, i).kind === 'runnable');
    if (!runnable.length) break;
    const r = step(state, runnable[c % runnable.length]);
    found.push(...r.record.violations.map(violationKey));
    state = r.state;
  }
  return { state, found };
}

const arb = fc.record({
  scenario: fc.constantFrom(...scenarios),
  variants: fc.constantFrom(...pairs),
  choices: fc.array(fc.nat(5), { minLength: 1, maxLength: 80 }),
});

describe('random schedules', () => {
  it('never throw, and every state stays JSON-serialisable', () => {
    fc.assert(
      fc.property(arb, ({ scenario, variants, choices }) => {
        const { state } = randomRun(scenario, variants, choices);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it('never violate anything in a variant pair the checker calls safe', () => {
    const safe = scenarios.flatMap((s) =>
      pairs.filter((v) => explore(s, v).verdict === 'safe').map((v) => ({ s, v })),
    );
    expect(safe.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(
        fc.constantFrom(...safe),
        fc.array(fc.nat(5), { maxLength: 80 }),
        ({ s, v }, choices) => {
          expect(randomRun(s, v, choices).found).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
    // Exploring every scenario under every pair first takes a few seconds on a busy machine.
  });

  it('only find violations the explorer also reports', () => {
    const reported = new Map<string, Set<string>>();
    const known = (s: Scenario, v: Variants) => {
      const key = `${s.id}/${v.balloon}/${v.core}`;
      if (!reported.has(key))
        reported.set(key, new Set(explore(s, v).violations.map((x) => violationKey(x.violation))));
      return reported.get(key)!;
    };
    fc.assert(
      fc.property(arb, ({ scenario, variants, choices }) => {
        const k = known(scenario, variants);
        for (const f of randomRun(scenario, variants, choices).found)
          expect(k.has(f), f).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
