/**
 * Highlighted code as data (src/islands/lib/highlighted.ts): the islands rebuild exactly the
 * lines Shiki coloured from a few numbers per token, and those numbers are a fraction of the
 * HTML they replace in a lesson's props.
 */
import { describe, expect, it } from 'vitest';
import { allScenarios } from '../../src/components/lib/model';
import { highlightData, highlightLines } from '../../src/components/lib/highlight';
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
  it('covers each line with its tokens, every token in one of both themes’ styles', async () => {
    const data = await highlightData(lines);
    expect(Object.keys(data.runs).sort()).toEqual([...new Set(lines)].sort());
    for (const [line, runs] of Object.entries(data.runs)) {
      const lengths = runs.filter((_, i) => i % 2 === 1);
      expect(
        lengths.reduce((n, l) => n + l, 0),
        line,
      ).toBe(line.length);
      expect(text(lineHtml(line, runs, data.styles)), line).toBe(line);
    }
    for (const style of data.styles)
      expect(style).toMatch(/^--shiki-light:#\w+;--shiki-dark:#\w+$/);
  });

  it('decodes to the HTML the build prints for the same lines', async () => {
    // Lines are highlighted as one piece of code (a line may continue the one before), so the
    // island's data and the static rendering's HTML come from the same call.
    const distinct = [...new Set(lines)];
    const html = highlightedHtml(await highlightData(distinct));
    expect(distinct.map((l) => html[l])).toEqual(await highlightLines(distinct));
  });

  it('is under a quarter of the bytes of the HTML it replaces in an island’s props', async () => {
    const data = await highlightData(lines);
    const html = JSON.stringify(highlightedHtml(data)).length;
    expect(JSON.stringify(data).length).toBeLessThan(html / 4);
  });
});
