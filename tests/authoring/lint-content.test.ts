import { describe, expect, it } from 'vitest';
import { formatProblem, lintContent } from '../../src/authoring/lint-content';
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
      '```c',
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
