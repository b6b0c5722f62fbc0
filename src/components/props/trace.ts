/** The props of <Trace>. */
import { z } from 'astro/zod';
import { modelFields } from './fields';

export const traceProps = () =>
  z
    .object({
      ...modelFields({ scenario: 'The scenario to replay.' }),
      schedule: z
        .string()
        .describe(
          'The run to print: CPU names in the order they step, separated by commas, e.g. `A,A,B`. Every step must be able to run. Or `shortest`: the checker’s shortest counterexample for these variants (the first invariant they break), so the lesson never copies a schedule by hand.',
        ),
      title: z
        .string()
        .min(1)
        .optional()
        .describe('The title shown above the table. Without it: the scenario’s title.'),
    })
    .strict();
