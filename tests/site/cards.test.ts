import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarios } from '../../src/scenarios/load';
import { lessonCardSvg } from '../../src/site/cards/build';
import { CARD, wrapTitle } from '../../src/site/cards/card';
import { diagramFor } from '../../src/site/cards/diagram';
import { fontMetrics, measure } from '../../src/site/cards/metrics';
import { FONTS, rasteriser, toPng } from '../../src/site/cards/raster';
import { readFrontmatter } from '../../src/site/lessons';

const scenarios = loadScenarios('content/scenarios');
const lessons = readdirSync('content/lessons').map((name) => {
  const body = readFileSync(`content/lessons/${name}`, 'utf8');
  const { title } = readFrontmatter(body, name) as { title: string };
  return { name, order: Number(name.slice(0, 2)), title, body };
});
const metrics = FONTS.map(fontMetrics);

/** Every character of every text node (entities decoded), for the glyph check. */
function textOf(svg: string): string {
  const texts = [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1]);
  return texts
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s/g, '');
}

describe('which drawing a card shows', () => {
  it('is the first widget that runs a scenario, after its schedule', () => {
    const body = `<SeedDiff file="x.c" hunk={1} />\n<Trace scenario="s" balloon="b" core="c" schedule="A,B" />\n<Lab scenario="t" balloon="b" core="c" />`;
    expect(diagramFor(body)).toEqual({
      kind: 'state',
      scenario: 's',
      balloon: 'b',
      core: 'c',
      schedule: ['A', 'B'],
    });
  });

  it('is the page lifecycle in a lesson that runs no scenario', () => {
    expect(diagramFor('Prose only, and <Quiz id="q" />.')).toEqual({ kind: 'lifecycle' });
  });
});

describe('the title', () => {
  const width = (text: string, size: number) => measure(metrics[0], text, size).width;

  it('wraps at word boundaries into lines no wider than the box', () => {
    const title = 'Why balloon_page_finalize() moved inside the lock';
    const { lines, fontSize } = wrapTitle(title, { w: 540, h: 380 }, width);
    expect(lines.join(' ')).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.filter((l) => l.includes(' '))) {
      expect(width(line, fontSize)).toBeLessThanOrEqual(540);
    }
  });

  it('gets smaller when the box is too short for it at full size', () => {
    const title = 'Memory ballooning and why balloon pages must move';
    expect(wrapTitle(title, { w: 1072, h: 100 }, width).fontSize).toBeLessThan(
      wrapTitle(title, { w: 1072, h: 400 }, width).fontSize,
    );
  });

  it('is measured from the font: a wide letter takes more room than a narrow one', () => {
    expect(width('WWWW', 40)).toBeGreaterThan(2 * width('iiii', 40));
    expect(measure(metrics[0], 'P', 10).missing).toEqual([]);
    expect(measure(metrics[0], '✗', 10).missing).toEqual(['✗']);
  });
});

describe.each(lessons)('the card of $name', (lesson) => {
  it('uses only characters the shipped fonts can draw', () => {
    const svg = lessonCardSvg(lesson, scenarios);
    expect(svg).toContain(`Lesson ${lesson.order}`);
    const missing = metrics.flatMap((m) => measure(m, textOf(svg), 10).missing);
    expect([...new Set(missing)]).toEqual([]);
  });
});

// resvg's first render compiles its WebAssembly: slow on a busy machine, so a generous limit.
describe('rasterising', { timeout: 60_000 }, () => {
  beforeAll(() => rasteriser(), 60_000);

  it('draws a 1200×630 PNG', () => {
    const png = toPng(lessonCardSvg(lessons[6], scenarios));
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([CARD.width, CARD.height]);
  });

  it('draws the title text with the shipped fonts (no system fonts exist to the WebAssembly)', () => {
    const blank = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/></svg>`;
    const withText = blank.replace(
      '</svg>',
      `<text x="10" y="40" style="font-family:'IBM Plex Sans';font-size:30px">Lab</text></svg>`,
    );
    expect(Buffer.from(toPng(withText)).equals(Buffer.from(toPng(blank)))).toBe(false);
  });
});
