/**
 * What every content-lint rule shares: the problem it reports, the shape of a rule, and the two
 * helpers that place a problem in the file and split text into paragraphs. Kept apart from the
 * rules so that rule files can import it without importing each other.
 */
import { position } from './prose';

export interface LintProblem {
  file: string;
  line: number;
  column: number;
  rule:
    | 'heading-order'
    | 'image-alt'
    | 'kernel-identifier'
    | 'hard-coded-count'
    | 'v1-attribution'
    | 'v1-patch-number'
    | 'states-not-invariants'
    | 'hunk-quoted-twice'
    | 'v1-numbering-twice'
    | 'code-label'
    | 'over-claim';
  message: string;
}

/** One rule: reads the raw MDX and its prose-only rendering, returns its problems. */
export type Rule = (file: string, mdx: string, prose: string) => LintProblem[];

/** A problem at `offset` of `text` (same line breaks as the file). */
export function at(
  file: string,
  text: string,
  offset: number,
  rule: LintProblem['rule'],
  message: string,
): LintProblem {
  return { file, ...position(text, offset), rule, message };
}

/** Paragraphs and list items of the text, with their offsets. */
export function paragraphs(text: string): Array<{ offset: number; text: string }> {
  const blocks = /[^\n](?:[^\n]|\n(?![ \t]*(?:\n|[-*] |\d+\. )))*/g;
  return [...text.matchAll(blocks)].map((m) => ({ offset: m.index, text: m[0] }));
}
