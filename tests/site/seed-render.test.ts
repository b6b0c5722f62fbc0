import { describe, expect, it } from 'vitest';
import {
  hasWithheldAddress,
  highlightContext,
  parsePatch,
  seedPatch,
  WITHHELD_ADDRESS,
} from '../../src/components/lib/seed';

describe('the seed as rendered', () => {
  const [header, code] = seedPatch();

  it('ends the header file’s last hunk before the next file’s diff --git and index lines', () => {
    const last = header.hunks[2].lines;
    expect(last.at(-1)).toEqual({ kind: 'context', text: '{' });
    const text = header.hunks.flatMap((h) => h.lines.map((l) => l.text)).join('\n');
    expect(text).not.toMatch(/diff --git|index [0-9a-f]+\.\./);
    expect(code.hunks[0].header).toBe(
      '@@ -20,15 +20,7 @@ static DEFINE_SPINLOCK(balloon_pages_lock);',
    );
  });

  it('still joins a line the archive wrapped that is not a file header', () => {
    const [file] = parsePatch(
      '+++ b/x.h\n@@ -1,2 +1,2 @@\n a very long\nwrapped line\n-b\n+c\ndiff --git a/y.c b/y.c\nindex 0123abc..4567def 100644\n',
    );
    expect(file.hunks[0].lines.map((l) => l.text)).toEqual(['a very longwrapped line', 'b', 'c']);
  });

  it('shows the address the archive withheld as withheld, not as the scraped placeholder', () => {
    const copyright = header.hunks[0].lines.find((l) => l.text.includes('Copyright'));
    expect(copyright?.text).toBe(
      ` * Copyright (C) 2012, Red Hat, Inc.  Rafael Aquini <${WITHHELD_ADDRESS}>`,
    );
    expect(hasWithheldAddress(header.hunks[0])).toBe(true);
    expect(hasWithheldAddress(code.hunks[2])).toBe(false);
    const [file] = parsePatch(
      '+++ b/x.h\n@@ -1 +1 @@\n-a <[email\u00a0protected]>\n+a <[email protected]>\n',
    );
    expect(file.hunks[0].lines.map((l) => l.text)).toEqual([
      `a <${WITHHELD_ADDRESS}>`,
      `a <${WITHHELD_ADDRESS}>`,
    ]);
  });

  it('opens a comment for the highlighter when a hunk starts inside one, and only then', () => {
    expect(header.hunks.map(highlightContext)).toEqual([['/*'], ['/*'], ['/*']]);
    expect(code.hunks.map(highlightContext)).toEqual([[], [], [], [], []]);
  });
});

describe('highlighting a comment-only hunk', () => {
  it('colours a comment line as one comment token once the comment is opened', async () => {
    const { highlightLines } = await import('../../src/components/lib/highlight');
    const line = ' *   i. Inflation/deflation must set/clear page->private under the';
    // A token's colour is its element (<b>, <i>, <span class=t3>…); plain text is one more.
    const styles = (html: string) => {
      const tokens = /<(b|i|span class=t\d+)>[^<]*<\/\w+>/g;
      const colours = [...html.matchAll(tokens)].map((m) => m[1]);
      return new Set(html.replace(tokens, '') ? [...colours, 'plain'] : colours);
    };
    const [bare] = await highlightLines([line]);
    const [opened] = (await highlightLines(['/*', line])).slice(1);
    expect(styles(bare).size).toBeGreaterThan(1);
    expect(styles(opened).size).toBe(1);
  });
});
