import { describe, expect, it } from 'vitest';
import { formatProblem, lintContent, lintCourse } from '../../src/authoring/lint-content';
import { proseOnly } from '../../src/authoring/prose';

const lesson = (body: string) =>
  `---\ntitle: T\ndescription: D with balloon_pages_lock\n---\nimport Lab from '../x/Lab.astro';\n\n${body}\n`;
const lint = (body: string) =>
  lintContent('content/lessons/09-x.mdx', lesson(body)).map(formatProblem);

describe('content lint', () => {
  it('passes clean prose', () => {
    const body = [
      '## Isolation',
      'The callback reads `page->private` under `balloon_pages_lock`.',
      '### Details',
      '```c title="Simplified rendering of balloon_page_isolate() in mm/balloon_compaction.c at commit a3fafdd38967"',
      'spin_lock_irqsave(&balloon_pages_lock, flags);',
      '```',
      '<Lab scenario="isolate-vs-deflate" balloon="no-page-lock" />',
      'The subject is "mm/balloon_compaction: remove dependency on page lock".',
      'There are <ModelNumber scenario="isolate-vs-deflate" stat="states" /> states.',
    ].join('\n');
    expect(lint(body)).toEqual([]);
  });

  it('flags a level-1 heading and a skipped level, with positions', () => {
    expect(lint('# Title again\n\n## Fine\n\n#### Skipped')).toEqual([
      'content/lessons/09-x.mdx:7:1  heading-order  use ## for sections: the lesson title is the page’s only # heading',
      'content/lessons/09-x.mdx:11:1  heading-order  heading level 4 follows level 2: do not skip levels',
    ]);
  });

  it('flags images without a text alternative', () => {
    const problems = lint(
      '![](diagram.png)\n\n<img src="a.png" />\n\n<svg viewBox="0 0 1 1"></svg>',
    );
    expect(problems.map((p) => p.split('  ')[1])).toEqual(['image-alt', 'image-alt', 'image-alt']);
    expect(lint('![The balloon list](d.png)\n<svg role="img" aria-label="x"></svg>')).toEqual([]);
  });

  it('flags kernel identifiers outside code formatting', () => {
    expect(
      lint(
        'Then isolate reads page->private and takes balloon_pages_lock; PageMovableOpsIsolated is set.',
      ),
    ).toEqual([
      'content/lessons/09-x.mdx:7:20  kernel-identifier  write `page->private` in code formatting',
      'content/lessons/09-x.mdx:7:44  kernel-identifier  write `balloon_pages_lock` in code formatting',
      'content/lessons/09-x.mdx:7:64  kernel-identifier  write `PageMovableOpsIsolated` in code formatting',
    ]);
  });

  it('flags counts the model should compute', () => {
    expect(lint('The checker explores 225 states and 1,024 interleavings.')).toEqual([
      'content/lessons/09-x.mdx:7:22  hard-coded-count  "225 states" is typed by hand: use <ModelNumber … stat="…" /> so the model computes it',
      'content/lessons/09-x.mdx:7:37  hard-coded-count  "1,024 interleavings" is typed by hand: use <ModelNumber … stat="…" /> so the model computes it',
    ]);
    expect(lint('Two CPUs race for one page.')).toEqual([]);
  });

  it('keeps line and column numbers when blanking non-prose', () => {
    const text = 'a `code` b\n<X y="z" />\nc';
    const prose = proseOnly(text);
    expect(prose).toHaveLength(text.length);
    expect(prose.split('\n')).toHaveLength(3);
  });
});

describe('content lint: the v1 seed and the patch numbering', () => {
  const rules = (body: string) => lint(body).map((p) => p.split('  ')[1]);

  it('refuses a verbatim attribution of the diff to a3fafdd without the v1 note', () => {
    expect(rules('The hunks are quoted verbatim from commit `a3fafdd38967`.')).toEqual([
      'v1-attribution',
    ]);
    expect(
      rules('The diff is quoted from mainline commit `a3fafdd3896719923f7055b6d7f10f6ee1950d8b`.'),
    ).toEqual(['v1-attribution']);
    expect(
      rules(
        'The hunks are quoted verbatim from the patch as first posted (v1); mainline is `a3fafdd`.',
      ),
    ).toEqual([]);
    // Another paragraph's note does not count, and a quotation of something else is fine.
    expect(
      rules(
        'The patch as first posted (v1).\n\nThe hunks are quoted verbatim from the patch, commit `a3fafdd`.',
      ),
    ).toEqual(['v1-attribution']);
    expect(rules('- The header comment at `a3fafdd38967`, quoted above.')).toEqual([]);
  });

  it('refuses v1 patch numbers outside the one marked section', () => {
    expect(rules('This patch is 08/23, its parent patch 7 of 23.')).toEqual([
      'v1-patch-number',
      'v1-patch-number',
    ]);
    expect(rules('This patch is 09/24, its parent 08/24.')).toEqual([]);
    const marked = `## Numbering\n\n{/* lint: v1-numbering */}\nIn v1 it was 08/23.\n\n## Next\n\nAgain 07/23.`;
    expect(lint(marked)).toEqual([
      'content/lessons/09-x.mdx:14:7  v1-patch-number  "07/23" is a v1 patch number: use the v3 numbers (this patch 09/24, its parent 08/24), or mark the one section that explains the v1 numbering with {/* lint: v1-numbering */}',
    ]);
  });

  it('refuses stat="invariants" as the N of "N of M states"', () => {
    const sentence = (stat: string) =>
      `With it, <ModelNumber scenario="s" stat="${stat}" /> of the <ModelNumber scenario="s" stat="states" /> reachable states break an invariant.`;
    expect(rules(sentence('invariants'))).toEqual(['states-not-invariants']);
    expect(rules(sentence('violating-states'))).toEqual([]);
  });
});

describe('content lint across the course', () => {
  const file = (name: string, body: string) => ({
    file: `content/lessons/${name}`,
    mdx: lesson(body),
  });
  const diff = (hunk: number) => `<SeedDiff file="mm/balloon_compaction.c" hunk={${hunk}} />`;

  it('refuses a hunk quoted in two lessons, naming the first', () => {
    const problems = lintCourse([
      file('07-b.mdx', `Again:\n\n${diff(3)}`),
      file('06-a.mdx', `${diff(3)}\n\n${diff(1)}`),
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/lessons/07-b.mdx:9:1  hunk-quoted-twice  mm/balloon_compaction.c hunk 3 is already quoted in content/lessons/06-a.mdx: link back to it instead of quoting it again',
    ]);
    expect(lintCourse([file('06-a.mdx', diff(3)), file('07-b.mdx', diff(4))])).toEqual([]);
  });

  it('refuses the v1 numbering explained in a second lesson', () => {
    const mark = '{/* lint: v1-numbering */}\nIn v1: 08/23.';
    const problems = lintCourse([file('06-a.mdx', mark), file('08-c.mdx', mark)]);
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual([
      'content/lessons/08-c.mdx v1-numbering-twice',
    ]);
  });
});

describe('content lint: kernel code labels', () => {
  const rules = (body: string) => lint(body).map((p) => p.split('  ')[1]);
  const block = (info: string) => `\`\`\`${info}\nspin_lock(&balloon_pages_lock);\n\`\`\``;

  it('refuses kernel code whose title misses the file, the function or the commit', () => {
    expect(rules(block('c'))).toEqual(['code-label']);
    expect(rules(block('c title="balloon_page_isolate() in mm/balloon_compaction.c"'))).toEqual([
      'code-label',
    ]);
    expect(rules(block('c title="mm/balloon_compaction.c at commit a3fafdd38967"'))).toEqual([
      'code-label',
    ]);
    const problem = lint(block('c title="balloon_page_isolate() at a3fafdd38967"'))[0];
    expect(problem).toContain('(missing the file)');
  });

  it('accepts a labelled rendering, a labelled comment, and code in other languages', () => {
    expect(
      rules(
        block(
          'c title="Simplified rendering of balloon_page_isolate() in mm/balloon_compaction.c at commit a3fafdd38967"',
        ),
      ),
    ).toEqual([]);
    expect(
      rules(
        block('c title="The rules at the top of include/linux/balloon.h at commit 8202313e3dfa"'),
      ),
    ).toEqual([]);
    expect(rules(block('sh'))).toEqual([]);
    expect(rules(block('mdx'))).toEqual([]);
  });

  it('reads only opening fences: a closing fence is not a second block', () => {
    const two = `${block('sh')}\n\n${block('c title="f() in mm/migrate.c at a3fafdd38967"')}`;
    expect(rules(two)).toEqual([]);
  });
});

describe('content lint: claims the kernel model rules out', () => {
  const rules = (body: string) => lint(body).map((p) => p.split('  ')[1]);

  it('refuses a release stated as fact, unless the paragraph says likely', () => {
    expect(rules('The patch is part of v7.0.')).toEqual(['over-claim']);
    expect(rules('The rework shipped in v6.17.')).toEqual(['over-claim']);
    expect(rules('The patch is most likely part of v7.0.')).toEqual([]);
    expect(rules('It is in v7.0, which no tag has confirmed... not confirmed yet.')).toEqual([]);
    // The qualifier must be in the same paragraph.
    expect(rules('It is likely.\n\nThe patch is in v7.0.')).toEqual(['over-claim']);
  });

  it('refuses the non-atomic reason for the movable marking', () => {
    expect(
      rules('`__SetPageMovable()` needed the page lock because it wrote non-atomically.'),
    ).toEqual(['over-claim']);
    expect(rules('The store is non-atomic on some machines.')).toEqual([]);
  });

  it('refuses "could never" about the per-device lock, not elsewhere', () => {
    expect(rules('A per-device lock could never guard `page->private`.')).toEqual(['over-claim']);
    expect(rules('The per-device lock is not suitable.')).toEqual([]);
    expect(rules('Retrying could never succeed.')).toEqual([]);
  });

  it('refuses "some compaction CPU" for the isolated flag, but not its negation', () => {
    expect(rules('The flag says some compaction CPU holds the page.')).toEqual(['over-claim']);
    expect(rules('It means isolated by someone, not "some compaction CPU".')).toEqual([]);
  });

  it('refuses a claim that the patch changes rule ii', () => {
    expect(rules('The patch also changes rule ii.')).toEqual(['over-claim']);
    expect(rules('The patch does not change rule ii.')).toEqual([]);
  });

  it('refuses the unbacked -ENOENT path, in prose and in inline code', () => {
    expect(rules('If the driver returns `-ENOENT`, it counts a deflation.')).toEqual([
      'over-claim',
    ]);
    expect(rules('If the driver returns `-EAGAIN`, the page stays isolated.')).toEqual([]);
  });

  it('refuses a patch count or number for v2 of the series, which the sources do not give', () => {
    expect(rules('| v2 | 2026-01-15 | 23 | 08/23 |')).toContain('over-claim');
    expect(rules('In v2 the series had 23 patches.')).toEqual(['over-claim']);
    expect(rules('| v2 | 2026-01-15 | not recorded | not recorded |')).toEqual([]);
    expect(rules('v3, 24 patches; this patch 09/24.')).toEqual([]);
  });

  it('counts the model computes include violations and invariants', () => {
    expect(rules('The checker records 3 distinct violations of 2 invariants.')).toEqual([
      'hard-coded-count',
      'hard-coded-count',
    ]);
  });
});
