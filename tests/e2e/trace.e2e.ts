// <Trace> on its showcase page: step with ← and → (Home, End) and the buttons, watch aria-current
// and the live region move, axe in both themes; without JavaScript the full table and its ending.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeSite, kb, openSite, THEMES, visit, type Site, expectNoAxe } from './lib/site';

const PATH = '/widgets/trace/';
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** The first trace on the page: the no-page-lock counterexample. */
const race = (page: Page): Locator => page.locator('[data-widget="trace"]').first();
const currentRow = (root: Locator) => root.locator('tbody tr[aria-current="step"]');
const currentIndex = async (root: Locator) =>
  (await currentRow(root).locator('th').innerText()).replace(/\D/g, '');

describe.each(THEMES)('%s theme', (theme) => {
  it('steps with the keyboard and moves aria-current', async () => {
    const { page, problems, scripts } = await visit(site, PATH, theme);
    const root = race(page);
    const next = root.getByRole('button', { name: 'Next', exact: true });
    await root.scrollIntoViewIfNeeded();
    await next.waitFor();
    const steps = (await root.locator('tbody tr').count()) - 1;
    expect(await currentRow(root).count()).toBe(1);
    await expect.poll(() => currentIndex(root)).toBe('0');
    await expectNoAxe(page);

    await next.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => currentIndex(root)).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => currentIndex(root)).toBe('1');
    const status = root.getByRole('status');
    await expect
      .poll(() => status.innerText())
      .toMatch(new RegExp(`^Step 1 of ${steps}: CPU A in \\w+\\(\\)\\. `));
    await expect.poll(() => status.getAttribute('data-verdict')).toBe('ok');
    await page.keyboard.press('Enter'); // activates Next
    await expect.poll(() => currentIndex(root)).toBe('2');

    await page.keyboard.press('End');
    await expect.poll(() => currentIndex(root)).toBe(String(steps));
    await expect.poll(() => currentRow(root).innerText()).toContain('⚠');
    await expect.poll(() => status.getAttribute('data-verdict')).toBe('violation');
    await expect.poll(() => status.innerText()).toContain('This run breaks an invariant at step');
    await page.keyboard.press('Enter'); // Next is aria-disabled at the end: nothing moves
    await expect.poll(() => currentIndex(root)).toBe(String(steps));
    expect(await currentRow(root).count()).toBe(1);
    await expectNoAxe(page);

    await page.keyboard.press('Home');
    await expect.poll(() => currentIndex(root)).toBe('0');
    await expect.poll(() => status.innerText()).toMatch(/^Start, before the first step\./);
    const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
    console.log(`[${theme}] ${PATH}: ${kb(total)} KB of JavaScript (gzip) until idle`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('ends the patched run with every CPU finished', async () => {
    const { page, problems } = await visit(site, PATH, theme);
    const root = page.locator('[data-widget="trace"]').nth(1);
    const last = root.getByRole('button', { name: 'Last', exact: true });
    await root.scrollIntoViewIfNeeded();
    await last.press('Enter');
    const status = root.getByRole('status');
    await expect.poll(() => status.getAttribute('data-verdict')).toBe('finished');
    await expect.poll(() => status.innerText()).toContain('Every CPU finished.');
    expect(await root.locator('tfoot').innerText()).toContain('page already got deflated');
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

it('shows the full table and its ending without JavaScript', async () => {
  const { page, problems } = await visit(site, PATH, 'light', { javaScript: false });
  const root = race(page);
  expect(await root.locator('tbody tr').count()).toBeGreaterThan(10);
  expect(await root.locator('tr[aria-current]').count()).toBe(0);
  expect(await root.getByRole('button').count()).toBe(0);
  expect(await root.locator('tbody .bl-code').count()).toBeGreaterThan(10);
  expect(await root.locator('tfoot').innerText()).toMatch(
    /Ends in a violation\. This run breaks an invariant at step \d+: /,
  );
  expect(problems).toEqual([]);
  await page.context().close();
});
