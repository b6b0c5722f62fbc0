/**
 * The content lint (`npm run lint:content`): rules a lesson's prose must follow that the schema
 * cannot see. Each problem names the file, line and column, the rule and what to do.
 */
import { position, proseOnly } from './prose';

export interface LintProblem {
  file: string;
  line: number;
  column: number;
  rule: 'heading-order' | 'image-alt' | 'kernel-identifier' | 'hard-coded-count';
  message: string;
}

type Rule = (file: string, mdx: string, prose: string) => LintProblem[];

function at(
  file: string,
  text: string,
  offset: number,
  rule: LintProblem['rule'],
  message: string,
) {
  return { file, ...position(text, offset), rule, message };
}

/** Headings start at ## (the title is the h1) and never skip a level. */
const headingOrder: Rule = (file, _mdx, prose) => {
  const problems: LintProblem[] = [];
  let previous = 1;
  for (const match of prose.matchAll(/^(#{1,6})\s+\S/gm)) {
    const level = match[1].length;
    if (level === 1) {
      problems.push(
        at(
          file,
          prose,
          match.index,
          'heading-order',
          'use ## for sections: the lesson title is the page’s only # heading',
        ),
      );
    } else if (level > previous + 1) {
      problems.push(
        at(
          file,
          prose,
          match.index,
          'heading-order',
          `heading level ${level} follows level ${previous}: do not skip levels`,
        ),
      );
    }
    previous = level;
  }
  return problems;
};

/** Every image has a text alternative; every inline SVG is labelled or hidden. */
const imageAlt: Rule = (file, mdx) => {
  const problems: LintProblem[] = [];
  for (const match of mdx.matchAll(/!\[\s*\]\(/g)) {
    problems.push(
      at(
        file,
        mdx,
        match.index,
        'image-alt',
        'this image has no alt text: describe it inside ![…]',
      ),
    );
  }
  for (const match of mdx.matchAll(/<img\b[^>]*>/g)) {
    if (!/\balt=("[^"]+"|'[^']+'|\{)/.test(match[0])) {
      problems.push(
        at(file, mdx, match.index, 'image-alt', '<img> needs a non-empty alt attribute'),
      );
    }
  }
  for (const match of mdx.matchAll(/<svg\b[^>]*>/g)) {
    if (!/\baria-(label|labelledby)=|aria-hidden=["{]?true/.test(match[0])) {
      problems.push(
        at(
          file,
          mdx,
          match.index,
          'image-alt',
          '<svg> needs role="img" and an aria-label (or aria-hidden="true" if decorative)',
        ),
      );
    }
  }
  return problems;
};

/** Kernel identifiers (snake_case names, field arrows, page-flag names) belong in `code`. */
const KERNEL_IDENTIFIER =
  /\b(?:[A-Za-z]\w*->\w+|[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+|Page[A-Z][A-Za-z]+|PG_\w+)(?:\(\))?/g;

const kernelIdentifier: Rule = (file, _mdx, prose) =>
  [...prose.matchAll(KERNEL_IDENTIFIER)].map((match) =>
    at(file, prose, match.index, 'kernel-identifier', `write \`${match[0]}\` in code formatting`),
  );

/** Counts of states, interleavings, transitions or outcomes come from the model. */
const COUNT =
  /\b\d[\d,.]*\s+(?:distinct\s+|reachable\s+|possible\s+)?(?:states?|interleavings?|transitions?|outcomes?|schedules?)\b/gi;

const hardCodedCount: Rule = (file, _mdx, prose) =>
  [...prose.matchAll(COUNT)].map((match) =>
    at(
      file,
      prose,
      match.index,
      'hard-coded-count',
      `"${match[0]}" is typed by hand: use <ModelNumber … stat="…" /> so the model computes it`,
    ),
  );

const RULES: Rule[] = [headingOrder, imageAlt, kernelIdentifier, hardCodedCount];

/** Every problem in one MDX file. */
export function lintContent(file: string, mdx: string): LintProblem[] {
  const prose = proseOnly(mdx);
  return RULES.flatMap((rule) => rule(file, mdx, prose)).sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
}

/** `file:line:column  rule  message`, as editors and terminals link it. */
export function formatProblem(p: LintProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.rule}  ${p.message}`;
}
