/**
 * Content-lint rules about what the course says of the kernel: kernel code must carry its file,
 * function and commit, and sentences must not make the claims docs/kernel-model.md §9 lists as
 * wrong or unbacked. Each rule is a cheap textual check for a mistake a review once found in the
 * lessons; it cannot judge meaning, so the phrases are narrow and each has an escape (the
 * qualifier that makes the sentence true).
 */
import { at, paragraphs, type LintProblem, type Rule } from './lint-content-base';
import { withoutCode } from './prose';

/** The languages whose fenced blocks show kernel code. */
const KERNEL_LANGUAGES = new Set(['c', 'diff']);

/** What a kernel code block's title must name, and how to recognise it. */
const LABEL_PARTS: Array<{ name: string; pattern: RegExp }> = [
  { name: 'the file', pattern: /\b[\w-]+(?:\/[\w.-]+)*\.[ch]\b/ },
  {
    name: 'the function (or "comment"/"rules" for a comment)',
    pattern: /\w\(\)|\b(?:comment|rules)\b/,
  },
  { name: 'the commit', pattern: /\b[0-9a-f]{7,40}\b/ },
];

/** Offsets and info strings of the opening fence of every fenced code block. */
function fenceOpenings(mdx: string): Array<{ offset: number; info: string }> {
  const openings: Array<{ offset: number; info: string }> = [];
  let open: string | null = null;
  for (const m of mdx.matchAll(/^(```+|~~~+)([^\n]*)$/gm)) {
    if (open === null) {
      open = m[1];
      openings.push({ offset: m.index, info: m[2].trim() });
    } else if (m[1].startsWith(open) && m[2].trim() === '') open = null;
  }
  return openings;
}

/**
 * Kernel code shown in a lesson is either the seed's diff (rendered by <SeedDiff>, which labels
 * itself) or the course's simplified rendering, whose title names the file, function and commit
 * so that learners can read the real thing.
 */
export const codeLabel: Rule = (file, mdx) =>
  fenceOpenings(mdx).flatMap(({ offset, info }) => {
    const language = /^\w+/.exec(info)?.[0] ?? '';
    if (!KERNEL_LANGUAGES.has(language)) return [];
    const title = /\btitle=(?:"([^"]*)"|'([^']*)')/.exec(info);
    const text = title ? (title[1] ?? title[2]) : '';
    const missing = LABEL_PARTS.filter((part) => !part.pattern.test(text)).map((p) => p.name);
    if (missing.length === 0) return [];
    return [
      at(
        file,
        mdx,
        offset,
        'code-label',
        `kernel code needs a title naming the file, the function and the commit (missing ${missing.join(', ')}), e.g. title="Simplified rendering of balloon_page_isolate() in mm/balloon_compaction.c at commit a3fafdd38967"`,
      ),
    ];
  });

/**
 * One claim the course must not make. `pattern` finds the phrase (its position is reported);
 * the claim applies only in a paragraph that matches `when`, and not in one that matches `unless`.
 */
interface Claim {
  pattern: RegExp;
  when?: RegExp;
  unless?: RegExp;
  message: string;
}

const CLAIMS: Claim[] = [
  {
    pattern: /\bv(?:7\.0|6\.17)\b/g,
    unless: /\blikely\b|not (?:been )?confirmed|unconfirmed/i,
    message:
      'a release is stated as fact: no tag confirms it, so say "likely" in this paragraph (docs/kernel-model.md §9)',
  },
  {
    pattern: /\bnon-?atomic(?:ally)?\b/gi,
    when: /PageMovable/,
    message:
      'no source says the movable marking needed the page lock because it wrote non-atomically: say only that the lock serialized marking against the PageMovable() test',
  },
  {
    pattern: /\b(?:could|can|would) never\b|\bnever (?:have )?work(?:ed|s)?\b/gi,
    when: /\bper[- ]device\b/i,
    message:
      'the parent patch calls the per-device lock "not suitable": do not say it could never work',
  },
  {
    pattern: /(?<!\bnot ["“]?)\bsome compaction CPU\b/gi,
    message:
      'PG_movable_ops_isolated means "isolated for migration by someone" (compaction, memory offlining, alloc_contig_range): not "some compaction CPU"',
  },
  {
    pattern: /\bpatch (?:also )?(?:changes|rewrites|fixes|fixed|changed) rule ii\b/gi,
    message:
      'the patch does not change rule ii: its `&` was already gone at 8202313e (only the v1 posting shows it rewritten)',
  },
  {
    pattern: /-ENOENT\b/g,
    message:
      'the -ENOENT path of balloon_page_migrate() is in neither the seed nor docs/kernel-model.md: leave it out, or back it there first',
  },
];

/** A line that gives v2 of the series a patch count or number; the sources record only its date. */
const V2_NUMBERS = /^.*\bv2\b.*$/gm;
const NUMBERING = /\b\d{1,2}\/\d{2}\b|\b\d+ patches\b|\|\s*\d+\s*\|/;

function v2Numbers(file: string, text: string): LintProblem[] {
  return [...text.matchAll(V2_NUMBERS)]
    .filter((m) => NUMBERING.test(m[0]))
    .map((m) =>
      at(
        file,
        text,
        m.index,
        'over-claim',
        'the sources give v2 of the series a date only (2026-01-15): no patch count or number for it',
      ),
    );
}

/** The claims of docs/kernel-model.md §9 that a phrase can catch, in prose, props and inline code. */
export const overClaim: Rule = (file, mdx) => {
  const text = withoutCode(mdx);
  const problems = paragraphs(text).flatMap((p) =>
    CLAIMS.filter(
      (claim) => (!claim.when || claim.when.test(p.text)) && !claim.unless?.test(p.text),
    ).flatMap((claim) =>
      [...p.text.matchAll(claim.pattern)].map((m) =>
        at(file, text, p.offset + m.index, 'over-claim', claim.message),
      ),
    ),
  );
  return [...problems, ...v2Numbers(file, text)];
};
