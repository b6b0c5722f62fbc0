/** The props of <Lab>. */
import { z } from 'astro/zod';
import { allChallenges } from '../../scenarios/challenges';
import { modelFields } from './fields';

/** A challenge key, `<scenario>/<id>`, one of the challenges in content/scenarios. */
function challengeField() {
  const keys = allChallenges().map((c) => c.key);
  const field = keys.length
    ? z.enum(keys as [string, ...string[]])
    : z.string().refine(() => false, 'the course has no challenges yet');
  return field
    .optional()
    .describe(
      'Pose a challenge: the key `<scenario>/<id>` of a challenge in a file of `content/scenarios/`. The lab then runs that scenario under the challenge’s variants, shows its goal above the lanes, grades every step and records the solve in the learner’s progress. With it, leave out `scenario`, `balloon` and `core` (the challenge sets them).',
    );
}

export const labProps = () => {
  const { scenario, balloon, core } = modelFields({
    scenario: 'The scenario the lab runs (required unless `challenge` is given).',
    balloon: 'The balloon code the lab starts with; the reader can switch it in the lab.',
    core: 'The migration core the lab starts with; the reader can switch it in the lab.',
  });
  return z
    .object({
      scenario: scenario.optional(),
      balloon,
      core,
      challenge: challengeField(),
      schedule: z
        .string()
        .optional()
        .describe(
          'Start part-way through a run: CPU names in the order they step, separated by commas, e.g. `A,B,B`. Every step must be able to run under the starting variants. Undo goes back past it to the start. Without it: the start of the run.',
        ),
      compare: z
        .boolean()
        .default(false)
        .describe(
          'Open with the comparison shown: the current schedule under `page-lock`, `no-page-lock` and `patched` side by side. Write it bare, `compare`, or as `compare={true}`; the string `compare="true"` is refused.',
        ),
    })
    .strict();
};
