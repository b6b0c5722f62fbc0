// How long each lesson is at 1280x800, in screens (page height / 800), asserted and reported per
// lesson; and the flow rule that every lesson holds at least one widget. The course limit is 12
// screens per lesson (issue 12), and every lesson is held to it. At a fixed viewport the geometry
// is deterministic, so the limit is asserted; the report lists every lesson's length, so a lesson
// that grows near the limit shows before it fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCourse } from '../../src/site/lessons';
import { closeSite, listDistPages, newPage, openSite, type Site } from './lib/site';

/** The built lessons in course order (the sidebar's), so the report reads like the course. */
const ORDER = new Map(readCourse().map((lesson) => [`/lessons/${lesson.id}/`, lesson.order]));
const LESSONS = listDistPages()
  .filter((path) => path.startsWith('/lessons/'))
  .sort((a, b) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99));
const VIEWPORT = { width: 1280, height: 800 };
const TARGET_SCREENS = 12;

let site: Site;
const lengths = new Map<string, number>();

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  const rows = LESSONS.filter((path) => lengths.has(path)).map((path) => {
    const screens = lengths.get(path)!;
    const flag = screens > TARGET_SCREENS ? `  over ${TARGET_SCREENS}` : '';
    const order = String(ORDER.get(path) ?? '?').padStart(2, '0');
    return `  ${order}  ${screens.toFixed(2).padStart(6)}  ${path}${flag}`;
  });
  console.log(`Screens per lesson at ${VIEWPORT.width}x${VIEWPORT.height}:\n${rows.join('\n')}`);
  await closeSite(site);
});

describe.each(LESSONS)('%s', (path) => {
  it(`has at least one widget and is at most ${TARGET_SCREENS} screens long`, async () => {
    const page = await newPage(site, 'light');
    await page.setViewportSize(VIEWPORT);
    await page.goto(path, { waitUntil: 'networkidle' });
    const { height, widgets } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      widgets: document.querySelectorAll('[data-widget]').length,
    }));
    const screens = height / VIEWPORT.height;
    lengths.set(path, screens);
    await page.context().close();
    expect(widgets, `${path} has no widget`).toBeGreaterThan(0);
    expect(
      screens,
      `${path} is ${screens.toFixed(2)} screens at ${VIEWPORT.width}x${VIEWPORT.height}: trim it to ${TARGET_SCREENS} or split it`,
    ).toBeLessThanOrEqual(TARGET_SCREENS);
  });
});
