/**
 * Highlighted code as data (src/islands/lib/highlighted.ts): the islands rebuild exactly the
 * lines Shiki coloured from a few numbers per token, and those numbers are a fraction of the
 * HTML they replace in a lesson's props.
 */
import { describe, expect, it } from 'vitest';
import { allScenarios } from '../../src/components/lib/model';
import { readFileSync } from 'node:fs';
import { highlightData, highlightLines, TOKEN_COLOURS } from '../../src/components/lib/highlight';
import { highlightedHtml, lineHtml } from '../../src/islands/lib/highlighted';
import { BALLOON_VARIANTS, CORE_VARIANTS, programListing } from '../../src/model';

/** Every line any lab can show: each scenario's CPUs under every variant. */
const lines = allScenarios().flatMap((s) =>
  BALLOON_VARIANTS.flatMap((b) =>
    CORE_VARIANTS.flatMap((c) =>
      s.cpus.flatMap((_, i) =>
        programListing(s, { balloon: b.id, core: c.id }, i).map((l) => l.code),
      ),
    ),
  ),
);

const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

// Shiki's first start takes seconds on a loaded machine.
describe('highlighted lines as data', { timeout: 60_000 }, () => {
  it('covers each line with its tokens, each a class of TOKEN_COLOURS, neighbours merged', async () => {
    const data = await highlightData(lines);
    expect(Object.keys(data).sort()).toEqual([...new Set(lines)].sort());
    const used = new Set<number>();
    for (const [line, runs] of Object.entries(data)) {
      const lengths = runs.filter((_, i) => i % 2 === 1);
      const classes = runs.filter((_, i) => i % 2 === 0);
      expect(
        lengths.reduce((n, l) => n + l, 0),
        line,
      ).toBe(line.length);
      expect(text(lineHtml(line, runs)), line).toBe(line);
      for (const [i, c] of classes.entries()) {
        expect(c, line).toBeLessThan(TOKEN_COLOURS.length);
        if (i > 0) expect(c, line).not.toBe(classes[i - 1]);
        used.add(c);
      }
    }
    // Plain text and at least keywords and calls: the course's code is really coloured.
    expect(used.size).toBeGreaterThan(2);
    expect(used.has(0)).toBe(true);
  });

  it('leaves plain text unwrapped and marks every other token by its colour’s element', async () => {
    const [line] = await highlightLines(['spin_lock_irqsave(&balloon_pages_lock, flags);']);
    expect(line).not.toContain('style=');
    expect(line).toMatch(/^<(b|i|span class=t\d)>spin_lock_irqsave<\/(b|i|span)>/);
    expect(line).toContain(', flags);');
    expect(lineHtml('a b c', [1, 1, 0, 1, 2, 1, 0, 1, 3, 1])).toBe(
      '<b>a</b> <i>b</i> <span class=t3>c</span>',
    );
  });

  it('finds each TOKEN_COLOURS class in src/styles/code.css with the same colours', () => {
    const css = readFileSync('src/styles/code.css', 'utf8');
    // A rule's colours, over every block of that exact selector.
    const colours = (rule: string) => {
      const selector = new RegExp(`\\n${rule.replace(/[.[\]'()]/g, '\\$&')} \\{([^}]*)\\}`, 'g');
      const bodies = [...css.matchAll(selector)].map((m) => m[1]).join(';');
      return Object.fromEntries(
        [...bodies.matchAll(/([-\w]+):\s*(#[0-9a-f]{6})/gi)].map(([, k, v]) => [
          k,
          v.toUpperCase(),
        ]),
      );
    };
    const pair = (style: string) =>
      Object.fromEntries(style.split(';').map((part) => part.split(':')));
    const [plain, ...tokens] = TOKEN_COLOURS.map(pair);
    expect(colours('.bl-code').color).toBe(plain['--shiki-light']);
    expect(colours(":root[data-theme='dark'] .bl-code").color).toBe(plain['--shiki-dark']);
    const rule = (n: number) => ['.bl-code b:not([class])', '.bl-code i:not([class])'][n - 1];
    for (const [i, token] of tokens.entries())
      expect(colours(rule(i + 1) ?? `.bl-code .t${i + 1}`)).toEqual(token);
  });

  it('decodes to the HTML the build prints for the same lines', async () => {
    // Lines are highlighted as one piece of code (a line may continue the one before), so the
    // island's data and the static rendering's HTML come from the same call.
    const distinct = [...new Set(lines)];
    const html = highlightedHtml(await highlightData(distinct));
    expect(distinct.map((l) => html[l])).toEqual(await highlightLines(distinct));
  });

  it('is well under the bytes of the HTML it stands for', async () => {
    const data = await highlightData(lines);
    const html = JSON.stringify(highlightedHtml(data)).length;
    expect(JSON.stringify(data).length).toBeLessThan(html * 0.7);
  });
});
