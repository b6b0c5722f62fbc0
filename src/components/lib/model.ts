/**
 * The model as the build sees it: scenarios loaded once, explorations cached per scenario and
 * variant pair, and the scenario a component's props name.
 */
import {
  explore,
  type BalloonVariant,
  type CoreVariant,
  type ExploreReport,
  type Scenario,
  type Variants,
} from '../../model';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarios } from '../../scenarios/load';

const SCENARIOS_DIR = 'content/scenarios';

let loaded: { signature: string; scenarios: Scenario[] } | undefined;
const reports = new Map<string, ExploreReport>();

/** Names and modification times of the scenario files: a change means "read them again". */
function scenariosSignature(): string {
  return readdirSync(SCENARIOS_DIR)
    .map((name) => `${name}@${statSync(join(SCENARIOS_DIR, name)).mtimeMs}`)
    .join('|');
}

/**
 * Every scenario in content/scenarios, validated. Read once per build; in the dev server, read
 * again whenever a file changed, so an edited scenario shows up on the next page load.
 */
export function allScenarios(): Scenario[] {
  const signature = scenariosSignature();
  if (loaded?.signature !== signature) {
    loaded = { signature, scenarios: loadScenarios(SCENARIOS_DIR) };
    reports.clear();
  }
  return loaded.scenarios;
}

/** The exhaustive exploration of a scenario under a variant pair, computed once per build. */
export function exploration(scenario: Scenario, variants: Variants): ExploreReport {
  const key = `${scenario.id}/${variants.balloon}/${variants.core}`;
  if (!reports.has(key)) reports.set(key, explore(scenario, variants));
  return reports.get(key)!;
}

/**
 * The scenario and variants that a component's checked props name (see ../props/fields.ts: the
 * schema has already refused an unknown id, so the lookup cannot miss).
 */
export function modelOf(props: { scenario: string; balloon: BalloonVariant; core: CoreVariant }): {
  scenario: Scenario;
  variants: Variants;
} {
  const scenario = allScenarios().find((s) => s.id === props.scenario)!;
  return { scenario, variants: { balloon: props.balloon, core: props.core } };
}

/** The statistics <ModelNumber> can show. */
export const MODEL_STATS = [
  'states',
  'transitions',
  'violations',
  'invariants',
  'violating-states',
  'outcomes',
] as const;
export type ModelStat = (typeof MODEL_STATS)[number];

/**
 * One number from an exploration: distinct reachable states; transitions between them; distinct
 * violations (an invariant broken at a given line on a given page); distinct broken invariants;
 * reachable states that a step broke an invariant on the way into (the N in "N of M states break
 * an invariant"); distinct reachable outcomes.
 */
export function modelStat(report: ExploreReport, stat: ModelStat): number {
  switch (stat) {
    case 'states':
      return report.states;
    case 'transitions':
      return report.transitions;
    case 'violations':
      return report.violations.length;
    case 'invariants':
      return new Set(report.violations.map((v) => v.violation.invariant)).size;
    case 'violating-states':
      return report.violatingStates;
    case 'outcomes':
      return report.outcomes.length;
  }
}
