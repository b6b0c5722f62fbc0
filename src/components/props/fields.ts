/**
 * Prop fields several components share: the scenario and the two variants. Scenario ids come from
 * content/scenarios, so the schemas that use them are built per call (a scenario added while
 * `npm start` runs is accepted on the next page load).
 */
import { z } from 'astro/zod';
import { BALLOON_VARIANTS, CORE_VARIANTS, DEFAULT_VARIANTS } from '../../model';
import type { BalloonVariant, CoreVariant } from '../../model';
import { allScenarios } from '../lib/model';

type Ids<T extends string> = [T, ...T[]];

/** A scenario id, one of the files in content/scenarios. */
export function scenarioField(meaning = 'The scenario to show.') {
  const ids = allScenarios().map((s) => s.id) as Ids<string>;
  return z.enum(ids).describe(`${meaning} The id of a file in \`content/scenarios/\`.`);
}

export const balloonField = (meaning = 'The balloon code.') =>
  z
    .enum(BALLOON_VARIANTS.map((v) => v.id) as Ids<BalloonVariant>)
    .default(DEFAULT_VARIANTS.balloon)
    .describe(meaning);

export const coreField = (meaning = 'The migration core.') =>
  z
    .enum(CORE_VARIANTS.map((v) => v.id) as Ids<CoreVariant>)
    .default(DEFAULT_VARIANTS.core)
    .describe(meaning);

/** scenario, balloon and core, for components that show one scenario under one variant pair. */
export const modelFields = (
  meanings: { scenario?: string; balloon?: string; core?: string } = {},
) => ({
  scenario: scenarioField(meanings.scenario),
  balloon: balloonField(meanings.balloon),
  core: coreField(meanings.core),
});

/** A slug such as l2-who-sets-isolated: progress is stored under it. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug like "l2-who-sets-isolated"');
