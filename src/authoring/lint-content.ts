/**
 * The content lint (`npm run lint:content`): rules a lesson's prose must follow that the schema
 * cannot see. Each problem names the file, line and column, the rule and what to do. Most rules
 * read one file; lintCourse() adds the rules that compare files (a hunk quoted in two lessons, the
 * v1 numbering explained in more than one lesson). The rules about kernel claims (code labels,
 * over-claims) live in lint-content-claims.ts. docs/kernel-model.md says why each exists.
 */
import { at, paragraphs, type LintProblem, type Rule } from './lint-content-base';
import { codeLabel, overClaim } from './lint-content-claims';
import { proseOnly, withoutCode } from './prose';

export type { LintProblem } from './lint-content-base';

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
  /\b\d[\d,.]*\s+(?:distinct\s+|reachable\s+|possible\s+)?(?:states?|interleavings?|transitions?|outcomes?|schedules?|violations?|invariants?)\b/gi;

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

/**
 * The seed is the v1 posting, not the mainline commit (docs/kernel-model.md §2a): a paragraph that
 * attributes a "verbatim" or "quoted" diff to a3fafdd must say it is the patch as first posted (v1).
 */
const v1Attribution: Rule = (file, mdx) =>
  paragraphs(withoutCode(mdx))
    .filter(
      (p) =>
        /\b(?:diff|hunks?|patch)\b/i.test(p.text) &&
        /\b(?:verbatim|quoted)\b/i.test(p.text) &&
        /a3fafdd/.test(p.text) &&
        !/\bv1\b|first posted/i.test(p.text),
    )
    .map((p) =>
      at(
        file,
        mdx,
        p.offset,
        'v1-attribution',
        'the quoted diff is the patch as first posted (v1), not commit a3fafdd: say "as first posted (v1)" in this paragraph',
      ),
    );

/** Marks the one section allowed to give the series' v1 patch numbers (until its next heading). */
export const V1_NUMBERING_MARK = '{/* lint: v1-numbering */}';

/** Offsets [start, end) of the sections that carry V1_NUMBERING_MARK. */
function v1Sections(mdx: string): Array<[number, number]> {
  const sections: Array<[number, number]> = [];
  for (
    let at = mdx.indexOf(V1_NUMBERING_MARK);
    at >= 0;
    at = mdx.indexOf(V1_NUMBERING_MARK, at + 1)
  ) {
    const next = /^#{1,6}\s/m.exec(mdx.slice(at + V1_NUMBERING_MARK.length));
    sections.push([at, next ? at + V1_NUMBERING_MARK.length + next.index : mdx.length]);
  }
  return sections;
}

/** A v1 patch number ("08/23", "patch 8 of 23"): the course uses the v3 numbers (09/24 …). */
const V1_NUMBER = /\b\d{1,2}\/23\b|\bpatch\s+\d{1,2}\s+of\s+23\b/gi;

const v1PatchNumber: Rule = (file, mdx) => {
  const allowed = v1Sections(mdx);
  return [...withoutCode(mdx).matchAll(V1_NUMBER)]
    .filter((m) => !allowed.some(([start, end]) => m.index >= start && m.index < end))
    .map((m) =>
      at(
        file,
        mdx,
        m.index,
        'v1-patch-number',
        `"${m[0]}" is a v1 patch number: use the v3 numbers (this patch 09/24, its parent 08/24), or mark the one section that explains the v1 numbering with ${V1_NUMBERING_MARK}`,
      ),
    );
};

/**
 * "N of M states break an invariant" counts states: the N must be stat="violating-states", not
 * stat="invariants" (which counts distinct invariants).
 */
const statesNotInvariants: Rule = (file, mdx) =>
  [
    ...mdx.matchAll(
      /<ModelNumber\b[^>]*stat="invariants"[^>]*\/>\s+of\s+(?:the\s+|its\s+)?<ModelNumber\b[^>]*stat="states"/g,
    ),
  ].map((m) =>
    at(
      file,
      mdx,
      m.index,
      'states-not-invariants',
      '"N of M states" needs stat="violating-states" for N: stat="invariants" counts distinct invariants, not states',
    ),
  );

const RULES: Rule[] = [
  headingOrder,
  imageAlt,
  kernelIdentifier,
  hardCodedCount,
  v1Attribution,
  v1PatchNumber,
  statesNotInvariants,
  codeLabel,
  overClaim,
];

const byPosition = (a: LintProblem, b: LintProblem) => a.line - b.line || a.column - b.column;

/** Every problem in one MDX file. */
export function lintContent(file: string, mdx: string): LintProblem[] {
  const prose = proseOnly(mdx);
  return RULES.flatMap((rule) => rule(file, mdx, prose)).sort(byPosition);
}

export interface ContentFile {
  file: string;
  mdx: string;
}

const isLesson = (file: string) => /(^|\/)content\/lessons\//.test(file);

/** Each hunk of the seed is quoted in one lesson only; the others link back to it. */
function hunkQuotedTwice(files: ContentFile[]): LintProblem[] {
  const first = new Map<string, string>();
  const problems: LintProblem[] = [];
  for (const { file, mdx } of files.filter((f) => isLesson(f.file))) {
    for (const m of withoutCode(mdx).matchAll(/<SeedDiff\b[^>]*?\/>/gs)) {
      const name = /\bfile="([^"]+)"/.exec(m[0])?.[1];
      const hunk = /\bhunk=\{(\d+)\}/.exec(m[0])?.[1];
      if (!name || !hunk) continue;
      const key = `${name} hunk ${hunk}`;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, file);
      else {
        problems.push(
          at(
            file,
            mdx,
            m.index,
            'hunk-quoted-twice',
            `${key} is already quoted in ${earlier}: link back to it instead of quoting it again`,
          ),
        );
      }
    }
  }
  return problems;
}

/** The v1 numbering is explained in one lesson only. */
function v1NumberingTwice(files: ContentFile[]): LintProblem[] {
  const marked = files.filter((f) => isLesson(f.file) && f.mdx.includes(V1_NUMBERING_MARK));
  return marked
    .slice(1)
    .map(({ file, mdx }) =>
      at(
        file,
        mdx,
        mdx.indexOf(V1_NUMBERING_MARK),
        'v1-numbering-twice',
        `the v1 numbering is already explained in ${marked[0].file}: link there instead`,
      ),
    );
}

/** Every problem in the course: each file's own, then those that compare lessons. */
export function lintCourse(files: ContentFile[]): LintProblem[] {
  const ordered = [...files].sort((a, b) => a.file.localeCompare(b.file));
  return [
    ...ordered.flatMap(({ file, mdx }) => lintContent(file, mdx)),
    ...hunkQuotedTwice(ordered),
    ...v1NumberingTwice(ordered),
  ];
}

/** `file:line:column  rule  message`, as editors and terminals link it. */
export function formatProblem(p: LintProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.rule}  ${p.message}`;
}
