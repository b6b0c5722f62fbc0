// <Lifecycle /> on its showcase page: drive the page through INSERT, ISOLATE and PUTBACK with the
// keyboard only, check that refused events say why, that the live region and the diagram follow,
// and that axe finds nothing in either theme; without JavaScript the whole chart is still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeSite, kb, openSite, THEMES, visit, type Site, expectNoAxe } from './lib/site';

const PATH = '/widgets/lifecycle/';
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

const button = (root: Locator, name: string) => root.getByRole('button', { name, exact: true });

/** The text of the element a control's aria-describedby points at. */
async function description(page: Page, control: Locator): Promise<string> {
  const id = await control.getAttribute('aria-describedby');
  return (await page.locator(`[id="${id}"]`).innerText()).trim();
}

const focused = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.activeElement?.textContent?.trim());

describe.each(THEMES)('%s theme', (theme) => {
  it('fires INSERT, ISOLATE and PUTBACK from the keyboard', async () => {
    const { page, problems, scripts } = await visit(site, PATH, theme);
    const root = page.locator('[data-widget="lifecycle"]');
    // client:visible: scroll the widget in, then wait for the hydrated controls.
    await root.scrollIntoViewIfNeeded();
    await button(root, 'Reset').waitFor();
    const status = root.getByRole('status');
    const diagram = root.getByRole('img');
    expect(await diagram.getAttribute('aria-label')).toContain('Current state: inflating.');
    await expectNoAxe(page);

    const isolate = button(root, 'ISOLATE');
    expect(await isolate.getAttribute('aria-disabled')).toBe('true');
    expect(await description(page, isolate)).toBe(
      '✕ ISOLATE is not accepted in inflating: an isolated page must be on the balloon list first (it applies in onList).',
    );

    await button(root, 'INSERT').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status.innerText())
      .toBe('INSERT: inflating → onList. The balloon owns the page; balloon_pages_lock guards it.');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('DEQUEUE');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('ISOLATE');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status.innerText())
      .toBe('ISOLATE: onList → isolated. Compaction now owns the page.');
    await expect
      .poll(() => diagram.getAttribute('aria-label'))
      .toContain('Current state: isolated.');
    await expect
      .poll(() => root.locator('.lc-node[data-current] .lc-name').textContent())
      .toBe('isolated');
    expect(await root.locator('tr[aria-current="true"] th').innerText()).toContain('isolated');

    // A refused event keeps focus and is explained in the live region instead of firing.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('DEQUEUE');
    await page.keyboard.press(' ');
    await expect
      .poll(() => status.innerText())
      .toMatch(/^Refused\. DEQUEUE is not accepted in isolated: /);
    await expect
      .poll(() => diagram.getAttribute('aria-label'))
      .toContain('Current state: isolated.');
    await expectNoAxe(page);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('PUTBACK');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => status.innerText())
      .toBe('PUTBACK: isolated → onList. The balloon owns the page; balloon_pages_lock guards it.');
    await expect.poll(() => button(root, 'PUTBACK').getAttribute('aria-disabled')).toBe('true');

    await button(root, 'Reset').press('Enter');
    await expect.poll(() => status.innerText()).toBe('Reset: a new page P starts in inflating.');
    expect(await focused(page)).toBe('Reset');
    await expect
      .poll(() => diagram.getAttribute('aria-label'))
      .toContain('Current state: inflating.');
    await expectNoAxe(page);
    const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
    console.log(`[${theme}] ${PATH}: ${kb(total)} KB of JavaScript (gzip) until idle`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('runs a page to freed, where every event is refused', async () => {
    const { page, problems } = await visit(site, PATH, theme);
    const root = page.locator('[data-widget="lifecycle"]');
    await root.scrollIntoViewIfNeeded();
    await button(root, 'Reset').waitFor();
    for (const event of [
      'INSERT',
      'ISOLATE',
      'MIGRATE_START',
      'MIGRATE_FAIL',
      'MIGRATE_START',
      'MIGRATE_DONE',
      'FREE',
    ]) {
      await button(root, event).press('Enter');
    }
    await expect
      .poll(() => root.getByRole('status').innerText())
      .toBe('FREE: deflated → freed. Nobody owns the page: it is back in the buddy allocator.');
    const refused = await root.locator('button[aria-disabled="true"]').count();
    expect(refused).toBe(8);
    expect(await description(page, button(root, 'INSERT'))).toContain('freed is final');
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

it('shows the whole diagram, the transitions and the field table without JavaScript', async () => {
  const { page, problems } = await visit(site, PATH, 'light', { javaScript: false });
  const root = page.locator('[data-widget="lifecycle"]');
  expect(await root.getByRole('img').count()).toBe(1);
  expect(await root.locator('.lc-node').count()).toBe(6);
  expect(await root.locator('.lc-edge polygon').count()).toBe(10); // 9 transitions + the initial arrow
  expect(await root.locator('.lc-transitions li').count()).toBe(9);
  expect(await root.locator('table tbody tr').count()).toBe(6);
  expect(await root.getByRole('button').count()).toBe(0);
  expect(problems).toEqual([]);
  await page.context().close();
});
