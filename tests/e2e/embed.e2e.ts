// Embeddable widgets: /embed/lab/#lab=… and /embed/checker/… show one widget alone, at the state
// a share link carries, with one line crediting the course; each widget offers its <iframe>.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSite,
  collectProblems,
  expectNoAxe,
  newPage,
  openSite,
  THEMES,
  visit,
  type Site,
} from './lib/site';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

const LAB_LINK = '/embed/lab/#lab=isolate-vs-deflate~no-page-lock~core-page-lock~B.B.B.B';
const CHECKER_LINK = '/embed/checker/#checker=isolate-vs-deflate~no-page-lock~core-page-lock';

/**
 * Opens `path` (a forwarding page), waits until it has forwarded to a widget's own embed page and
 * the widget is live, and returns the page with the problems seen there.
 */
async function open(path: string, theme: 'light' | 'dark' = 'light') {
  const page = await newPage(site, theme);
  const problems = collectProblems(page);
  await page.goto(path);
  await page.waitForURL(/\/embed\/(lab|checker)\/[^#]+\//);
  // Leaving the forwarding page cancels what it was still loading: not a problem of the widget's.
  problems.length = 0;
  await page.waitForLoadState('networkidle');
  const widget = page.locator('[data-widget]').first();
  await widget.scrollIntoViewIfNeeded();
  await page
    .locator('[data-widget] astro-island:not([ssr])')
    .first()
    .waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  return { page, problems };
}

const credit = (page: Page) => page.locator('.bl-embed-credit');

/** What a reader sees of the page: only the widget and the credit, no site header. */
async function chrome(page: Page) {
  return page.evaluate(() => ({
    header: !!document.querySelector('.header')?.checkVisibility(),
    sidebar: !!document.querySelector('#starlight__sidebar')?.checkVisibility(),
    widgets: document.querySelectorAll('[data-widget]').length,
  }));
}

describe('the embedded lab', () => {
  it('opens the share link’s run on the scenario’s own embed page, alone and credited', async () => {
    const { page, problems } = await open(LAB_LINK);
    expect(new URL(page.url()).pathname).toBe('/embed/lab/isolate-vs-deflate/');
    const lab = page.locator('[data-widget="lab"]');
    await expect.poll(() => lab.getByText('Shared state after step 4').count()).toBe(1);
    expect(await chrome(page)).toEqual({ header: false, sidebar: false, widgets: 1 });
    const link = credit(page).getByRole('link');
    expect(await link.getAttribute('href')).toBe('/lessons/the-old-code-in-the-lab/');
    expect(await link.getAttribute('target')).toBe('_top');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('takes a lesson’s second-lab key (<id>@2) as the scenario’s one lab', async () => {
    const { page } = await open('/embed/lab/#lab=double-isolate@2~patched~core-racy~A');
    expect(new URL(page.url()).pathname).toBe('/embed/lab/double-isolate/');
    await expect
      .poll(() =>
        page.locator('[data-widget="lab"]').getByText('Shared state after step 1').count(),
      )
      .toBe(1);
    await page.context().close();
  });

  it('opens a garbled link as the default lab with the lab’s fixed-template notice', async () => {
    const { page, problems } = await open('/embed/lab/#lab=no-such-race~x~y~A');
    expect(new URL(page.url()).pathname).toBe('/embed/lab/isolate-vs-deflate/');
    const lab = page.locator('[data-widget="lab"]');
    await expect.poll(() => lab.getByText(/could not be opened/).count()).toBeGreaterThan(0);
    expect(await lab.locator('code', { hasText: 'no-such-race' }).count()).toBeGreaterThan(0);
    await expect.poll(() => lab.getByText('Shared state at the start').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the embedded checker', () => {
  it('opens a lesson checker alone, credited, with no notice', async () => {
    const { page, problems } = await open(CHECKER_LINK);
    expect(new URL(page.url()).pathname).toBe(
      '/embed/checker/isolate-vs-deflate/no-page-lock/core-page-lock/',
    );
    const checker = page.locator('[data-widget="checker"]');
    expect(await checker.getByText(/no-page-lock/).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-embed-notice]').isVisible()).toBe(false);
    expect(await chrome(page)).toEqual({ header: false, sidebar: false, widgets: 1 });
    expect(await credit(page).getByRole('link').getAttribute('href')).toBe(
      '/lessons/what-the-race-needs/',
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens a garbled link as a course checker and says so', async () => {
    const { page } = await open('/embed/checker/#checker=isolate-vs-deflate~made-up~core');
    expect(await page.locator('[data-widget="checker"]').count()).toBe(1);
    expect(await page.locator('[data-embed-notice]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('replays a counterexample in the embedded lab', async () => {
    const { page } = await open(CHECKER_LINK);
    await page.getByRole('button', { name: 'Check every interleaving' }).click();
    const replay = page.getByRole('link', { name: /replay in the lab/i }).first();
    await replay.waitFor();
    expect(await replay.getAttribute('href')).toMatch(/^\/embed\/lab\/isolate-vs-deflate\/#lab=/);
    await page.context().close();
  });
});

describe.each(THEMES)('embed pages in the %s theme', (theme) => {
  it.each([LAB_LINK, CHECKER_LINK, '/embed/lab/#lab=no-such-race~x~y'])(
    '%s has no axe violations',
    async (path) => {
      const { page } = await open(path, theme);
      await expectNoAxe(page);
      await page.context().close();
    },
  );
});

describe('in a 400×600 iframe', () => {
  it.each([LAB_LINK, CHECKER_LINK])('%s never scrolls sideways', async (path) => {
    const page = await newPage(site, 'light');
    await page.setViewportSize({ width: 440, height: 640 });
    await page.goto('/404.html');
    await page.evaluate((src) => {
      document.body.innerHTML = `<iframe src="${src}" title="embed" width="400" height="600" style="border:0"></iframe>`;
    }, path);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-widget]').first().waitFor();
    const inner = page.frames().find((f) => f.url().includes('/embed/'))!;
    await inner.waitForLoadState('networkidle');
    const size = await inner.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(size.client).toBeLessThanOrEqual(400);
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    await page.context().close();
  });
});

describe('the bare embed addresses', () => {
  it.each(['/embed/lab/', '/embed/checker/'])('%s lists every widget to embed', async (path) => {
    const { page, problems } = await visit(site, path, 'light');
    expect(new URL(page.url()).pathname).toBe(path);
    const links = await page
      .locator('.bl-embed-page li a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(3);
    expect(links.every((href) => href?.startsWith(path) && href !== path)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('embed code', () => {
  /** Presses "Copy embed code" in `widget` and returns the snippet's iframe src. */
  async function snippetSrc(page: Page, widget: string): Promise<string> {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const root = page.locator(widget).first();
    await root.scrollIntoViewIfNeeded();
    await root.getByRole('button', { name: 'Copy embed code' }).click();
    await root.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const snippet = await root.getByLabel('Embed code').inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="Balloon Lab[^"]*" width="100%"/);
    return (
      new URL(/src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&')).pathname +
      new URL(/src="([^"]+)"/.exec(snippet)![1]).hash
    );
  }

  it('the lab’s share panel gives the iframe of its current run', async () => {
    const { page } = await visit(site, '/lessons/the-old-code-in-the-lab/', 'light');
    const lab = page.locator('[data-widget="lab"]').first();
    await lab.scrollIntoViewIfNeeded();
    await lab.getByRole('button', { name: 'Step B' }).click();
    await lab.getByRole('button', { name: 'Step B' }).click();
    const src = await snippetSrc(page, '[data-widget="lab"]');
    expect(src).toBe(
      '/embed/lab/isolate-vs-deflate/#lab=isolate-vs-deflate~page-lock~core-page-lock~B.B',
    );
    await page.goto(src, { waitUntil: 'networkidle' });
    await expect
      .poll(() =>
        page.locator('[data-widget="lab"]').getByText('Shared state after step 2').count(),
      )
      .toBe(1);
    await page.context().close();
  });

  it('the checker gives the iframe of its embed page', async () => {
    const { page } = await visit(site, '/lessons/what-the-race-needs/', 'light');
    const src = await snippetSrc(page, '[data-widget="checker"]');
    expect(src).toBe('/embed/checker/isolate-vs-deflate/no-page-lock/core-page-lock/');
    await page.context().close();
  });
});
