/** The props of <SeedDiff>. */
import { z } from 'astro/zod';
import { seedPatch } from '../lib/seed';

export const seedDiffProps = () =>
  z
    .object({
      file: z
        .enum(seedPatch().map((f) => f.file) as [string, ...string[]])
        .describe('A file the patch changes, as the diff names it.'),
      hunk: z
        .number()
        .int()
        .min(1)
        .describe(
          'Which hunk of that file, counting from 1. Write it as a number, `hunk={3}`; the string `hunk="3"` is refused.',
        ),
      caption: z
        .string()
        .optional()
        .describe(
          'A caption shown in bold above the hunk. Without it: only the file and the hunk header.',
        ),
    })
    .strict();
