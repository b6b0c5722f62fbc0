/**
 * Build-time checks of a <Quiz>'s props. Returns every problem as a phrase; Quiz.astro prefixes
 * them with the lesson file and fails the build. Pure, so the rules are unit-tested.
 */
import type { QuizOption } from '../../islands/quiz/types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Problems with one option, e.g. "options[2]: explain is missing". */
function optionProblems(option: unknown, i: number): string[] {
  if (typeof option !== 'object' || option === null) return [`options[${i}] is not an object`];
  const o = option as Record<string, unknown>;
  const problems: string[] = [];
  if (!isText(o.text)) problems.push(`options[${i}]: text is missing`);
  if (!isText(o.explain)) problems.push(`options[${i}]: explain is missing`);
  if (typeof o.correct !== 'boolean') problems.push(`options[${i}]: correct must be true or false`);
  return problems;
}

/** Every problem with the props, empty when the quiz is valid. */
export function quizProblems(props: {
  id?: unknown;
  question?: unknown;
  options?: unknown;
}): string[] {
  const problems: string[] = [];
  if (typeof props.id !== 'string' || !SLUG.test(props.id)) {
    problems.push(
      `id must be a slug like "l2-who-sets-isolated" (got ${JSON.stringify(props.id)})`,
    );
  }
  if (!isText(props.question)) problems.push('question is missing');
  const options = props.options;
  if (!Array.isArray(options) || options.length < 2)
    return [...problems, 'options: give at least 2'];
  problems.push(...options.flatMap(optionProblems));
  if (!options.some((o) => (o as QuizOption)?.correct === true)) {
    problems.push('options: at least one must be correct');
  }
  return problems;
}
