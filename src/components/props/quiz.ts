/** The props of <Quiz>: the rules a question, its options and their explanations must follow. */
import { z } from 'astro/zod';
import { slug } from './fields';

const text = (what: string) => z.string().trim().min(1, `${what} is missing`);

export const quizOption = z
  .object({
    text: text('text').describe('The option, as plain text.'),
    correct: z.boolean().describe('Whether it is right.'),
    explain: text('explain').describe(
      'Why it is right or wrong, shown once the reader has answered.',
    ),
  })
  .strict();

export const quizProps = () =>
  z
    .object({
      id: slug.describe(
        'A slug (lower-case letters and digits joined by single hyphens, e.g. `l2-who-sets-isolated`), unique in the course. The reader’s latest result is kept in their progress under it, so renaming it forgets their answer.',
      ),
      question: text('question').describe('The question, as plain text.'),
      options: z
        .array(quizOption)
        .min(2, 'give at least 2')
        .refine((options) => options.some((o) => o.correct), 'at least one must be correct')
        .describe(
          'Two or more options, each `{ text, correct, explain }`. At least one must be correct; any correct option counts as a right answer.',
        ),
    })
    .strict();
