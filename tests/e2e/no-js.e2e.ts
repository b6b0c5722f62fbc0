// Reading must not depend on JavaScript: every page keeps its heading and its text with scripts
// off, and every widget root ships static content that the island later replaces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, listDistPages, openSite, visit, type Site, type Visit } from './lib/site';

const PAGES = listDistPages();

/** Lessons are prose; anything shorter than a paragraph means the content failed to render. */
const minimumText = (path: string): number => (path.startsWith('/lessons/') ? 200 : 20);

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

describe.each(PAGES)('%s without JavaScript', (path) => {
  let page: Visit;
  beforeAll(async () => {
    page = await visit(site, path, 'light', { javaScript: false });
  });
  afterAll(() => page?.page.context().close());

  it('loads without failed or off-machine requests', ({ task }) => {
    task.meta.pageCheck = { path, theme: 'light', javaScript: false };
    expect(page.problems).toEqual([]);
  });

  it('shows its main heading', async () => {
    const heading = page.page.locator('h1').first();
    expect(await heading.isVisible()).toBe(true);
    expect((await heading.innerText()).trim()).not.toBe('');
  });

  it(`shows its main content (> ${minimumText(path)} characters in <main>)`, async () => {
    const text = (await page.page.locator('main').innerText()).trim();
    expect(text.length).toBeGreaterThan(minimumText(path));
  });

  it('renders every [data-widget] root with static content', async () => {
    const empty = await page.page.$$eval('[data-widget]', (roots) =>
      roots
        .filter((root) => !root.textContent?.trim())
        .map((root) => `[data-widget="${root.getAttribute('data-widget')}"] is empty`),
    );
    expect(empty).toEqual([]);
  });
});
