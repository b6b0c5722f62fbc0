// Search loads on intent (issue: reading pages near 0 KB of JavaScript): a reading page fetches
// none of Pagefind's UI until the reader reaches for search, and search then works, opened by a
// click, by Ctrl+K and by "/".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, newPage, openSite, THEMES, visit, type Site } from './lib/site';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** Pagefind's UI (ui-core) is the only script whose name says so; its index files are not JS. */
const pagefindUiLoaded = (urls: string[]) => urls.some((url) => /ui-core/.test(url));

async function searchFor(page: Page, text: string): Promise<string[]> {
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  await page.keyboard.type(text);
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await results.first().waitFor();
  return results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

describe.each(THEMES)('search, %s theme', (theme) => {
  it('loads no search UI with the page, then finds balloon_page_isolate after a click', async () => {
    const { page, scripts, problems } = await visit(site, '/about/', theme);
    expect(pagefindUiLoaded(scripts.map((s) => s.url))).toBe(false);
    const loaded: string[] = [];
    page.on('response', (r) => loaded.push(r.url()));
    await page.getByRole('button', { name: /Search/ }).click();
    const found = await searchFor(page, 'balloon_page_isolate');
    expect(pagefindUiLoaded(loaded)).toBe(true);
    expect(found.some((path) => path.startsWith('/lessons/'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(['Control+k', '/'])('opens with %s and searches', async (keys) => {
    const { page, problems } = await visit(site, '/glossary/', theme);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press(keys);
    await page.locator('site-search dialog[open]').waitFor();
    const found = await searchFor(page, 'balloon_page_isolate');
    expect(found.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('search before the page is first idle', () => {
  // Starlight constructs the search UI only when the page is first idle; a reader can be faster.
  // The page's idle callbacks are held back until the reader has acted, so "before the first idle"
  // is what the test does, not a guess about timing.
  it.each(['click', '/'])('opens a working search on a %s before the first idle', async (how) => {
    const page = await newPage(site, 'light');
    await page.addInitScript(() => {
      const held: IdleRequestCallback[] = [];
      const w = window as unknown as { releaseIdle: () => void };
      window.requestIdleCallback = (cb) => held.push(cb);
      w.releaseIdle = () => {
        window.requestIdleCallback = (cb) => setTimeout(cb, 1);
        for (const cb of held.splice(0)) cb({ didTimeout: false, timeRemaining: () => 50 });
      };
    });
    await page.goto('/lessons/the-fix/', { waitUntil: 'domcontentloaded' });
    if (how === 'click') await page.getByRole('button', { name: /Search/ }).click();
    else await page.keyboard.press('/');
    await page.locator('site-search dialog[open]').waitFor();
    expect(await page.locator('#starlight__search input').count()).toBe(0);
    await page.evaluate(() => (window as unknown as { releaseIdle: () => void }).releaseIdle());
    const found = await searchFor(page, 'balloon_page_isolate');
    expect(found.some((path) => path.startsWith('/lessons/'))).toBe(true);
    await page.context().close();
  });
});

describe('what search ranks', () => {
  it('puts the course before author-facing pages, with no screen-reader-only text in excerpts', async () => {
    const { page } = await visit(site, '/about/', 'light');
    for (const term of ['balloon_page_isolate', 'page->private', 'isolated_pages']) {
      await page.getByRole('button', { name: /Search/ }).click();
      const input = page.locator('#starlight__search .pagefind-ui__search-input');
      await input.waitFor();
      await input.fill('');
      const found = await searchFor(page, term);
      const top = found.slice(0, 3);
      expect(
        top.filter((p) => /^\/(widgets|authoring)\//.test(p)),
        `top results for ${term}`,
      ).toEqual([]);
      const excerpts = await page
        .locator('#starlight__search .pagefind-ui__result-excerpt')
        .allInnerTexts();
      expect(excerpts.join(' ')).not.toMatch(/\b(removed|added): /);
      await page.keyboard.press('Escape');
    }
    await page.context().close();
  });

  it('keeps authoring pages findable under the Authoring filter', async () => {
    const { page } = await visit(site, '/about/', 'light');
    await page.getByRole('button', { name: /Search/ }).click();
    await searchFor(page, 'scenario');
    const authoring = page.locator('#starlight__search').getByLabel(/Authoring/);
    await authoring.first().check();
    const links = page.locator('#starlight__search .pagefind-ui__result-link');
    await expect
      .poll(
        async () =>
          (await links.evaluateAll((a) => a.map((l) => (l as HTMLAnchorElement).pathname))).every(
            (p) => /^\/(widgets|authoring)\//.test(p),
          ) && (await links.count()) > 0,
      )
      .toBe(true);
    await page.context().close();
  });
});

describe('"/" stays out of the way', () => {
  it('types a slash into the search field instead of re-opening search', async () => {
    const { page } = await visit(site, '/about/', 'light');
    await page.getByRole('button', { name: /Search/ }).click();
    const input = page.locator('#starlight__search .pagefind-ui__search-input');
    await input.waitFor();
    await input.focus();
    await page.keyboard.type('a/b');
    expect(await input.inputValue()).toBe('a/b');
    await page.context().close();
  });
});
