/** The props of <Lab>. */
import { z } from 'astro/zod';
import { modelFields } from './fields';

export const labProps = () =>
  z
    .object({
      ...modelFields({
        scenario: 'The scenario the lab runs.',
        balloon: 'The balloon code the lab starts with; the reader can switch it in the lab.',
        core: 'The migration core the lab starts with; the reader can switch it in the lab.',
      }),
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
