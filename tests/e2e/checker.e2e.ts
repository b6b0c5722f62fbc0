// <Checker> on its showcase page: the live check, its counterexamples and replay links, the
// precomputed verdict without JavaScript, and axe in both themes before and after a check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeSite, openSite, THEMES, visit, type Site, expectNoAxe } from './lib/site';

const PATH = '/widgets/checker/';
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** The n-th checker on the page (0: unsafe no-page-lock, 1: safe patched, 2: full-cycle, 3: rule i). */
const checker = (page: Page, n: number): Locator => page.locator('[data-widget="checker"]').nth(n);

/** Presses the check button and waits until the live verdict replaced the built one. */
async function check(root: Locator): Promise<Locator> {
  const button = root.getByRole('button', { name: 'Check every interleaving' });
  // The island hydrates once visible; a trial click then waits until the button is enabled.
  await button.scrollIntoViewIfNeeded();
  await button.click({ trial: true });
  await button.press('Enter');
  const status = root.locator('[role="status"][data-source="live"]');
  await status.waitFor();
  return status;
}

describe.each(THEMES)('%s theme', (theme) => {
  it('an unsafe variant shows counterexamples with replay links, measured in the browser', async () => {
    const { page, problems } = await visit(site, PATH, theme);
    await expectNoAxe(page);
    const root = checker(page, 0);
    const status = await check(root);
    expect(await status.getAttribute('data-verdict')).toBe('violation');
    expect(await status.innerText()).toMatch(/Unsafe: .*list corruption/);
    console.log(
      `[${theme}] isolate-vs-deflate/no-page-lock explore(): ${await status.getAttribute('data-explore-ms')} ms`,
    );
    const link = root.getByRole('link', { name: 'Replay in the lab' }).first();
    // This reference page has no lab: the link goes to the first lesson with a lab of the scenario.
    const href = await link.getAttribute('href');
    expect(href).toMatch(
      /^\/lessons\/[a-z0-9-]+\/#lab=isolate-vs-deflate~no-page-lock~core-page-lock~[AB](\.[AB])+$/,
    );
    const table = root.locator('table').first();
    expect(await table.getByRole('row').count()).toBeGreaterThan(10);
    expect(await table.innerText()).toContain('Breaks: list corruption');
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.goto(href!.replace(/#.*/, ''), { waitUntil: 'domcontentloaded' });
    expect(
      await page.locator('[data-widget="lab"][data-scenario="isolate-vs-deflate"]').count(),
    ).toBeGreaterThan(0);
    await page.context().close();
  });

  it('a safe variant says "0 of N" and the largest scenario runs in the worker', async () => {
    const { page, problems } = await visit(site, PATH, theme);
    const safe = await check(checker(page, 1));
    expect(await safe.getAttribute('data-verdict')).toBe('ok');
    expect(await safe.innerText()).toMatch(/Safe: 0 of [\d,]+ reachable states break an invariant/);
    expect(await checker(page, 1).getByRole('link', { name: 'Replay in the lab' }).count()).toBe(0);
    const big = await check(checker(page, 2));
    expect(await big.innerText()).toContain('in a background worker');
    console.log(
      `[${theme}] full-cycle/page-lock explore(): ${await big.getAttribute('data-explore-ms')} ms`,
    );
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

it('without JavaScript the page states the verdict computed at build time', async () => {
  const { page, problems } = await visit(site, PATH, 'light', { javaScript: false });
  const unsafe = checker(page, 0).getByRole('status');
  expect(await unsafe.getAttribute('data-verdict')).toBe('violation');
  expect(await unsafe.innerText()).toContain('Computed when this page was built');
  expect(await checker(page, 0).locator('table').first().innerText()).toContain('CPU A');
  expect(await checker(page, 1).getByRole('status').innerText()).toMatch(
    /0 of [\d,]+ reachable states/,
  );
  expect(problems).toEqual([]);
  await page.context().close();
});

/** Serves `body` instead of the checker's worker script (a stand-in that hangs or throws). */
async function replaceWorker(page: Page, body: string): Promise<void> {
  await page
    .context()
    .route(/explore\.worker[^/]*\.js/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body }),
    );
}

it('a check that hangs can be cancelled, and the button comes back', async () => {
  const { page, problems } = await visit(site, PATH, 'light');
  await replaceWorker(page, 'self.onmessage = () => {};');
  const root = checker(page, 1);
  const button = root.getByRole('button', { name: 'Check every interleaving' });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  expect(await button.isDisabled()).toBe(true);
  await root.getByRole('button', { name: 'Cancel' }).click();
  await root.getByRole('alert').waitFor();
  expect(await root.getByRole('alert').innerText()).toContain('Check cancelled');
  expect(await button.isEnabled()).toBe(true);
  expect(await root.getByRole('status').getAttribute('data-source')).toBe('build');
  await expectNoAxe(page);
  expect(problems).toEqual([]);
  await page.context().close();
});

it('a worker that fails re-enables the button, and Retry finishes the check on the page', async () => {
  const { page } = await visit(site, PATH, 'light');
  await replaceWorker(page, "self.onmessage = () => { throw new Error('forced failure'); };");
  const root = checker(page, 0);
  const button = root.getByRole('button', { name: 'Check every interleaving' });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await root.getByRole('alert').waitFor();
  expect(await root.getByRole('alert').innerText()).toContain('could not finish');
  expect(await button.isEnabled()).toBe(true);
  await root.getByRole('button', { name: 'Retry' }).click();
  const status = root.locator('[role="status"][data-source="live"]');
  await status.waitFor();
  expect(await status.innerText()).toContain('on this page');
  expect(await status.getAttribute('data-verdict')).toBe('violation');
  await page.context().close();
});
