/**
 * Every shipped scenario carries its proof: each claimed violation replays from its proof
 * schedule, each "safe" claim holds over all interleavings, each listed outcome is reachable.
 */
import { describe, expect, it } from 'vitest';
import { explore, replay, scheduleFromNames, type Scenario } from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';
import type { ScenarioOutput } from '../../src/schemas/scenario';

// Compile-time: the schema's output type and the model's Scenario are the same shape.
const toModel = (s: ScenarioOutput): Scenario => s;
const toSchema = (s: Scenario): ScenarioOutput => s;
void [toModel, toSchema];

const scenarios = loadScenarios();

it('ships the scenarios the lessons use', () => {
  expect(scenarios.map((s) => s.id).sort()).toEqual([
    'deflate-more-than-held',
    'deflate-two-vs-isolate',
    'double-isolate',
    'full-cycle',
    'inflate-vs-isolate',
    'isolate-vs-deflate',
    'migrate-vs-deflate',
    'rescan-during-migrate',
  ]);
  expect(scenarios.find((s) => s.id === 'full-cycle')!.cpus).toHaveLength(3);
});

for (const s of scenarios) {
  describe(s.id, () => {
    for (const e of s.expect) {
      const v = { balloon: e.balloon, core: e.core };
      it(`${e.balloon} + ${e.core}: ${e.verdict}`, () => {
        const report = explore(s, v);
        const found = report.outcomes.map((o) => o.outcome.id);
        for (const o of e.outcomes ?? []) expect(found, `outcome ${o}`).toContain(o);
        if (e.verdict === 'safe') {
          expect(report.violations.map((x) => x.violation.message)).toEqual([]);
          return;
        }
        expect(report.verdict).toBe('unsafe');
        const r = replay(s, v, scheduleFromNames(s, e.proof!));
        expect(r.stoppedAt).toBeUndefined();
        expect(r.records.at(-1)!.violations.map((x) => x.invariant)).toContain(e.verdict);
        const shortest = report.violations.find((x) => x.violation.invariant === e.verdict)!;
        expect(shortest.schedule.length).toBeLessThanOrEqual(e.proof!.length);
      });
    }
  });
}
