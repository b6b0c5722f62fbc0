// The lab lessons' JavaScript counted honestly (issue 14, goal 2): not only what loads until the
// network is idle, but everything a learner's first use fetches — the lab's engine on the first
// Step, the checker's worker and what it imports on the first check — page and worker together.
// And each lesson's HTML as built, with the islands' highlighted code as data, not markup.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHALLENGE_PART, FIRST_USE_PARTS } from '../../src/islands/lab/parts';
import { closeSite, DIST, kb, listDistPages, newPage, openSite, type Site } from './lib/site';

/** architecture.md: a lesson with labs and a checker, through the first step and one check. */
const LAB_BUDGET = 45 * 1024;
/**
 * Not met yet by lessons with a lab (issue 14, goal 2). Measured after the challenge lab read its
 * solved mark without the storage module (progressRead.ts) and the victory banner, proof and
 * model hints (challenge/judged.ts) and the cause beside the verdict (stage/causeModule.ts)
 * became chunks loaded on use, and with the phone drawing's two-row layout (+0.3 KB): a lab
 * lesson 56.0-56.2 KB through its first step (59.3-59.5 before), a lab and checker lesson
 * 65.5-65.7 KB through one check as well (68.6-68.8 before). Per lesson (session 9), through the
 * first step: removing-the-page-lock-naively 56.5, the-old-code-in-the-lab 56.2; and one check:
 * the-fix 66.0, why-finalize-moved 66.0, test-and-set-and-what-comes-next 65.7,
 * what-the-core-still-locks 65.7, what-the-race-needs 65.7 (the lessons quoting the seed diff
 * carry its 0.3 KB script). XState (12.5 KB), the lab island
 * and the model are the largest parts. Until they fit LAB_BUDGET they are held to these ceilings,
 * so nothing grows.
 */
const LAB_LESSON_CEILING = 56.5 * 1024;
const LAB_CHECKER_LESSON_CEILING = 66 * 1024;

const widgetsOf = (page: string): string[] => {
  const html = readFileSync(path.join(DIST, page, 'index.html'), 'utf8');
  return ['lab', 'checker'].filter((w) => html.includes(`data-widget="${w}"`));
};
const LESSONS = listDistPages()
  .filter((page) => page.startsWith('/lessons/'))
  .map((page) => ({ page, widgets: widgetsOf(page) }))
  .filter(({ widgets }) => widgets.length > 0);

/**
 * Gzipped size of every JavaScript file the context fetched, the page's and its workers', each
 * counted once: the checker's worker imports the model chunks the page already has, which a
 * static host serves as immutable (hashed /_astro/ files), so the worker's requests are cache
 * hits. (The test server sends no-store, so the browser here fetches them twice.)
 */
function trackContext(context: BrowserContext): () => Promise<Map<string, number>> {
  const sizes: Promise<[string, number]>[] = [];
  context.on('response', (response) => {
    const url = new URL(response.url());
    const type = response.headers()['content-type'] ?? '';
    if (response.status() >= 300 || !(type.includes('javascript') || /\.m?js$/.test(url.pathname)))
      return;
    const size = response
      .body()
      .then((body): [string, number] => [url.pathname, gzipSync(body).length]);
    size.catch(() => undefined);
    sizes.push(size);
  });
  return async () => new Map(await Promise.all(sizes));
}

/** Presses the lab's first Step as a learner would and waits until the lab shows it. */
async function firstStep(lab: Locator): Promise<void> {
  await lab.scrollIntoViewIfNeeded();
  const live = lab.locator('.lab-live');
  const timeline = live.getByLabel('Timeline');
  const before = Number(await timeline.inputValue());
  await live
    .getByRole('button', { name: /^Step [A-Z]$/ })
    .first()
    .click();
  await expect.poll(async () => Number(await timeline.inputValue())).toBe(before + 1);
}

/** Runs the checker once and waits for its live verdict. */
async function oneCheck(checker: Locator): Promise<void> {
  const button = checker.getByRole('button', { name: 'Check every interleaving' });
  await button.scrollIntoViewIfNeeded();
  await button.click({ trial: true });
  await button.click();
  await checker.locator('[role="status"][data-source="live"]').waitFor({ timeout: 30_000 });
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

describe('JavaScript through the first step and one check (gzip, page and worker)', () => {
  it('finds the lessons with a lab or a checker', () => {
    expect(LESSONS.length).toBeGreaterThan(0);
  });

  it.for(LESSONS)('$page', async ({ page: lesson, widgets }, { task }) => {
    const page: Page = await newPage(site, 'light');
    const scripts = trackContext(page.context());
    await page.goto(lesson, { waitUntil: 'networkidle' });
    const atLoad = [...(await scripts()).values()].reduce((n, b) => n + b, 0);
    if (widgets.includes('lab')) await firstStep(page.locator('[data-widget="lab"]').first());
    if (widgets.includes('checker'))
      await oneCheck(page.locator('[data-widget="checker"]').first());
    await page.waitForLoadState('networkidle');
    const loaded = await scripts();
    await page.context().close();
    const total = [...loaded.values()].reduce((n, b) => n + b, 0);
    const files = [...loaded].map(([url, bytes]) => `${url.split('/').pop()}:${kb(bytes)}`);
    task.meta.onUseRow = { path: lesson, used: widgets, atLoadBytes: atLoad, onUseBytes: total };
    console.log(
      `${lesson} [${widgets.join('+')}] ${kb(atLoad)} KB at load, ${kb(total)} KB through use: ${files.join(' ')}`,
    );
    const lab = widgets.includes('lab');
    const budget = !lab
      ? LAB_BUDGET
      : widgets.includes('checker')
        ? LAB_CHECKER_LESSON_CEILING
        : LAB_LESSON_CEILING;
    expect(total, `${lesson} loads ${kb(total)} KB through use`).toBeLessThanOrEqual(budget);
  });
});

/** Issue 14, goal 7: no lesson over this much HTML (and no widget reference or embed page). */
const HTML_BUDGET = 150 * 1024;
/** Pages held to it: every lesson, and the pages that show the widgets most (reference, embeds). */
const HTML_PAGES = listDistPages().filter((page) => /^\/(lessons|widgets|embed)\//.test(page));

/** The props of every island on the page, as Astro prints them (HTML-escaped JSON). */
const islandProps = (html: string) =>
  [...html.matchAll(/<astro-island [^>]*>/g)].map(([tag]) => ({
    name: /component-url="[^"]*\/(\w+)\.[^"]*"/.exec(tag)?.[1] ?? '',
    props: /\sprops="([^"]*)"/.exec(tag)?.[1] ?? '',
  }));

describe('lesson HTML (bytes as built)', () => {
  it('finds the lessons, widget pages and embeds', () => {
    expect(HTML_PAGES.filter((p) => p.startsWith('/lessons/')).length).toBeGreaterThan(5);
    expect(HTML_PAGES.filter((p) => p.startsWith('/embed/')).length).toBeGreaterThan(1);
  });

  it.for(HTML_PAGES)('%s', (page, { task }) => {
    const html = readFileSync(path.join(DIST, page, 'index.html'), 'utf8');
    const bytes = Buffer.byteLength(html);
    if (page.startsWith('/lessons/')) task.meta.htmlRow = { path: page, bytes };
    // Props carry data, not copies of what the markup or the page's data blocks hold: no
    // highlighted code (escaped as &lt;span), no scenario (its CPU programs).
    for (const { name, props } of islandProps(html)) {
      expect(props, name).not.toContain('&lt;span');
      expect(props, name).not.toContain('&quot;program&quot;');
    }
    // Each data block once per page, and every key an island names is on the page.
    const keys = [...html.matchAll(/<script type="application\/json" id="([^"]+)">/g)].map(
      (m) => m[1],
    );
    expect(keys.length, 'data blocks').toBe(new Set(keys).size);
    for (const { name, props } of islandProps(html)) {
      for (const [, key] of props.matchAll(/&quot;([\w-]+:[\w-]+:[\w-]{8})&quot;/g))
        expect(keys, `${name} reads ${key}`).toContain(key);
    }
    expect(bytes, `${page} is ${kb(bytes)} KB of HTML`).toBeLessThanOrEqual(HTML_BUDGET);
  });
});

/**
 * Issue 14, goal 3: the lab's chunks arrive in one round trip. client:visible-preload
 * (src/site/preload) asks for every chunk the build listed the moment the lab comes into view;
 * without it the browser finds the island's chunk, then its imports, then the parts its first
 * render fetches. Checked by what the page holds, not by timing: nothing of the lab is asked for
 * before it is in view, and everything the first step then fetches was asked for at once.
 */
describe('the lab’s first step: everything asked for when the lab comes into view', () => {
  const LESSON = LESSONS.find(({ widgets }) => widgets.join() === 'lab')?.page ?? '';

  it('finds a lesson with a lab and no checker', () => expect(LESSON).not.toBe(''));

  it('lists the chunks at build time and asks for them only once the lab is in view', async () => {
    const page: Page = await newPage(site, 'light');
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(LESSON, { waitUntil: 'networkidle' });
    const island = page.locator('[data-widget="lab"] astro-island').first();
    // The renderer and the island, then the chunks the build listed beside the island's chunk.
    const url = (await island.getAttribute('component-url')) ?? '';
    const names = (await island.getAttribute('data-preload'))?.split(' ') ?? [];
    expect(names.length, 'data-preload').toBeGreaterThan(5);
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    const listed = [
      (await island.getAttribute('renderer-url')) ?? '',
      url,
      ...names.map((name) => dir + name),
    ];
    // The page's own scripts may share a chunk with the lab (the copy buttons' clipboard helper);
    // the island's chunk and the lab's lazy parts wait for the lab.
    const labOwn = [url, ...[...FIRST_USE_PARTS, CHALLENGE_PART].map((part) => `/${part}.`)];
    const early = fetched.filter((f) => labOwn.some((own) => f.includes(own)));
    expect(early, 'fetched before the lab is in view').toEqual([]);
    const preloads = () =>
      page
        .locator('link[rel="modulepreload"]')
        .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    expect(await preloads()).not.toContain(listed[1]);

    const atView = fetched.length;
    await firstStep(page.locator('[data-widget="lab"]').first());
    const preloaded = await preloads();
    expect(preloaded).toEqual(expect.arrayContaining(listed));
    const scripts = fetched.slice(atView).filter((url) => url.endsWith('.js'));
    // Each of them does load once the lab is in view (this lesson's lab has a challenge), so the
    // check before it was not vacuous.
    for (const own of labOwn)
      expect(
        scripts.some((f) => f.includes(own)),
        own,
      ).toBe(true);
    expect(
      scripts.filter((url) => !listed.includes(url)),
      'fetched but not listed',
    ).toEqual([]);
    await page.context().close();
  });
});
