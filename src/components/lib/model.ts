/**
 * The model as the build sees it: scenarios loaded once, explorations cached per scenario and
 * variant pair, and prop validation for the ids components accept.
 */
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  DEFAULT_VARIANTS,
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
import { oneOf } from './props';

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

/** Validates a component's scenario/balloon/core props, with the lesson file in any error. */
export function resolveModelProps(
  url: URL,
  component: string,
  props: { scenario?: unknown; balloon?: unknown; core?: unknown },
): { scenario: Scenario; variants: Variants } {
  const where = (prop: string, what: string) => ({ url, component, prop, what });
  const list = allScenarios();
  const id = oneOf(
    where('scenario', 'scenario'),
    props.scenario,
    list.map((s) => s.id),
  );
  const balloon: BalloonVariant = oneOf(
    where('balloon', 'balloon variant'),
    props.balloon ?? DEFAULT_VARIANTS.balloon,
    BALLOON_VARIANTS.map((v) => v.id),
  );
  const core: CoreVariant = oneOf(
    where('core', 'core variant'),
    props.core ?? DEFAULT_VARIANTS.core,
    CORE_VARIANTS.map((v) => v.id),
  );
  return { scenario: list.find((s) => s.id === id)!, variants: { balloon, core } };
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
