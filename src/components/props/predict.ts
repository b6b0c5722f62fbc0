/** The props of <Predict>. */
import { z } from 'astro/zod';
import { PREDICT_ASKS } from '../../islands/predict/types';
import { modelFields, slug } from './fields';

export const predictProps = () =>
  z
    .object({
      ...modelFields({ scenario: 'The scenario of the paused run.' }),
      id: slug.describe(
        'A slug, unique in the course, under which the reader’s first prediction is kept in their progress.',
      ),
      schedule: z
        .string()
        .default('')
        .describe(
          'The steps taken before the pause: CPU names in the order they step, separated by commas, e.g. `A,A,B`. Every step must be able to run. Empty: paused at the start, before any step.',
        ),
      ask: z
        .enum(PREDICT_ASKS)
        .describe(
          'The question. `next-cpu`: which CPUs can run next (checkboxes; several can be right, and “None of them” is right when every CPU is blocked or finished). `private`: what `page->private` of a page is now, `b` or `0`. `isolation`: will a compaction CPU’s isolation of its page succeed: yes, no, or it depends on the schedule, judged over every way the run can go on.',
        ),
      target: z
        .string()
        .optional()
        .describe(
          'What the question is about. For `private`, a page name of the scenario, e.g. `P` (without it: the first page); for `isolation`, the name of a CPU that runs `isolate` (without it: the first such CPU). Not used by `next-cpu`.',
        ),
    })
    .strict();
