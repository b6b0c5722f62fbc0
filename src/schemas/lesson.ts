/**
 * The frontmatter of a lesson in content/lessons/NN-slug.mdx.
 *
 * Every field is documented with `.describe()`; the object is strict, so a misspelt field fails the
 * build (naming the file and the field) instead of being silently ignored.
 */
import { z } from 'astro/zod';

/** A pointer into the kernel sources that the lesson discusses. */
export const kernelReference = z
  .object({
    file: z
      .string()
      .regex(/^[\w./-]+\.[ch]$/, 'must be a kernel source path such as mm/balloon_compaction.c')
      .describe('Path in the kernel tree, e.g. mm/balloon_compaction.c.'),
    function: z
      .string()
      .regex(/^[A-Za-z_]\w*$/, 'must be a C identifier such as balloon_page_isolate')
      .describe('The function the lesson talks about, e.g. balloon_page_isolate.'),
    commit: z
      .string()
      .regex(/^[0-9a-f]{7,40}$/, 'must be a lowercase hex commit id (7 to 40 digits)')
      .describe(
        'The commit whose version of the function is meant, e.g. a3fafdd3896719923f7055b6d7f10f6ee1950d8b.',
      ),
  })
  .strict()
  .describe('A kernel function at a given commit, so learners can read the real code.');

/** A lesson's frontmatter. */
export const lessonFrontmatter = z
  .object({
    title: z.string().min(1).describe('The lesson title, shown as its heading and in the sidebar.'),
    description: z
      .string()
      .min(1)
      .describe('One sentence for the course map, search results and link previews.'),
    objectives: z
      .array(z.string().min(1))
      .min(1, 'needs at least one learning objective')
      .describe('What a learner can do after the lesson; shown on the course map and the lesson.'),
    prerequisites: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'must be a lesson id such as memory-ballooning'))
      .default([])
      .describe('Lesson ids (file names without the NN- prefix) to read first.'),
    minutes: z
      .number()
      .int('must be a whole number of minutes')
      .positive('must be positive')
      .max(120, 'must be at most 120: split longer lessons')
      .describe('Estimated reading and exercise time, in minutes.'),
    kernelRefs: z
      .array(kernelReference)
      .default([])
      .describe('Kernel functions the lesson discusses, as {file, function, commit}.'),
    instructorNotes: z
      .string()
      .optional()
      .describe('Notes for instructors; shown only in the instructors’ overview.'),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;
