/** The props of <SchemaTable>. */
import { z } from 'astro/zod';

export const schemaTableProps = () =>
  z
    .object({
      schema: z
        .enum(['lesson', 'scenario', 'challenge'])
        .describe(
          'Which format. `lesson`: a lesson’s frontmatter (`src/schemas/lesson.ts`); `scenario`: a file in `content/scenarios/` (`src/schemas/scenario.ts`); `challenge`: one entry of a scenario’s `challenges:` list.',
        ),
    })
    .strict();
