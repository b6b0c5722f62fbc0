// <BreakTheFix> on its showcase page: from the patched code, moving the read of page->private
// before spin_lock reaches a counterexample and moving it back is safe again; the named-variant
// line follows the toggles; axe in both themes and states; the static table without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeSite, openSite, THEMES, visit, type Site, expectNoAxe } from './lib/site';

const PATH = '/widgets/break-the-fix/';
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** Waits until the status shows this verdict for this named variant ('none' for no name). */
async function settled(
  root: Locator,
  verdict: 'ok' | 'violation',
  named: string,
): Promise<Locator> {
  const status = root.locator(`[role="status"][data-verdict="${verdict}"][data-named="${named}"]`);
  await status.waitFor();
  return status;
}

/** '' when `el` lies inside the viewport below Starlight's header, else where it is. */
async function inView(page: Page, el: Locator): Promise<string> {
  const box = await el.boundingBox();
  const top = await page.evaluate(
    () => document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0,
  );
  if (!box) return 'not rendered';
  const h = page.viewportSize()!.height;
  return box.y >= top - 1 && box.y < h && box.y + Math.min(box.height, 40) <= h + 1
    ? ''
    : `at y ${Math.round(box.y)} (viewport ${Math.round(top)}–${h})`;
}

describe('the verdict is pinned beside the toggles at 1280×800', () => {
  it('shows the verdict and the counterexample when the lowest toggle changes', async () => {
    const { page, problems } = await visit(site, PATH, 'light');
    await page.setViewportSize({ width: 1280, height: 800 });
    const root = page.locator('[data-widget="break-the-fix"]');
    await settled(root, 'ok', 'patched');
    const before = root.getByRole('radio', { name: /before spin_lock/ });
    await before.click({ trial: true });
    await before.check();
    await settled(root, 'violation', 'none');
    // The last toggle, scrolled to: the verdict and the counterexample's summary stay in view.
    const racy = root.getByRole('radio', { name: /core-racy/ });
    await racy.scrollIntoViewIfNeeded();
    await racy.check();
    const status = root.locator('[role="status"][data-verdict="violation"]');
    await status.waitFor();
    expect(await inView(page, racy)).toBe('');
    expect(await inView(page, status)).toBe('');
    expect(await inView(page, root.locator('.checker-cx[open] summary'))).toBe('');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/** Each test below runs axe twice and the explorer several times: on a loaded machine, minutes. */
const SLOW = 150_000;

describe.each(THEMES)('%s theme', (theme) => {
  it(
    'moving the read of page->private before spin_lock breaks the fix; moving it back mends it',
    async () => {
      const { page, problems } = await visit(site, PATH, theme);
      const root = page.locator('[data-widget="break-the-fix"]');
      await settled(root, 'ok', 'patched');
      await expectNoAxe(page);

      const read = root.getByRole('group', {
        name: '(a) balloon_page_isolate() reads page->private',
      });
      const underLock = read.getByRole('radio', { name: /after spin_lock/ });
      await underLock.click({ trial: true }); // hydrated: the fieldset is enabled
      await underLock.focus();
      await page.keyboard.press('ArrowDown');
      expect(await read.getByRole('radio', { name: /before spin_lock/ }).isChecked()).toBe(true);

      const broken = await settled(root, 'violation', 'none');
      expect(await broken.innerText()).toMatch(/Unsafe: .*list corruption/);
      expect(await broken.innerText()).toContain('none of the named variants');
      console.log(
        `[${theme}] isolate-vs-deflate, read before spin_lock: explore() ${await broken.getAttribute('data-explore-ms')} ms`,
      );
      const changed = root.locator('.btf-changed');
      expect(await changed.first().innerText()).toContain(
        'b_dev_info = balloon_page_device(page); if (!b_dev_info) return false;',
      );
      const steps = root.locator('.checker-cx[open] table');
      expect(await steps.innerText()).toContain('Breaks: list corruption');
      await expectNoAxe(page);

      await page.keyboard.press('ArrowUp');
      await settled(root, 'ok', 'patched');
      expect(await changed.count()).toBe(0);
      expect(await root.locator('.checker-cx').count()).toBe(0);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'the toggles reach the code before the patch, named with its commit',
    async () => {
      const { page, problems } = await visit(site, PATH, theme);
      const root = page.locator('[data-widget="break-the-fix"]');
      const before = root.getByRole('radio', { name: /before spin_lock/ });
      await before.click({ trial: true });
      await before.check();
      await root.getByRole('radio', { name: /after spin_unlock/ }).check();
      const noLock = await settled(root, 'violation', 'no-page-lock');
      expect(await noLock.innerText()).toContain('This is the no-page-lock variant');
      const lock = root.getByRole('switch', { name: 'trylock_page() in enqueue and dequeue' });
      await lock.press('Space');
      expect(await lock.getAttribute('aria-checked')).toBe('true');
      const old = await settled(root, 'ok', 'page-lock');
      expect(await old.innerText()).toContain(
        'This is exactly the code before the patch (8202313e).',
      );
      await root.getByRole('radio', { name: /Atomic test-and-set/ }).check();
      await settled(root, 'violation', 'page-lock');
      await expectNoAxe(page);
      await root.getByRole('button', { name: 'After the patch' }).press('Enter');
      await settled(root, 'ok', 'patched');
      await root.getByRole('radio', { name: /^migrate-vs-deflate/ }).check();
      await root.getByRole('radio', { name: /after spin_unlock/ }).check();
      await settled(root, 'ok', 'patched-finalize-outside');
      expect(await root.locator('.checker-rule-i').innerText()).toContain(
        'balloon_page_finalize(page);',
      );
      expect(problems).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );
});

it('without JavaScript it states the patched verdict and every named variant’s', async () => {
  const { page, problems } = await visit(site, PATH, 'light', { javaScript: false });
  const root = page.locator('[data-widget="break-the-fix"]');
  expect(await root.getByRole('status').getAttribute('data-verdict')).toBe('ok');
  const tables = await root.locator('table.btf-table').allTextContents();
  expect(tables).toHaveLength(2);
  expect(tables[0]).toMatch(/no-page-lock.*✗ unsafe: list corruption/s);
  expect(await root.locator('noscript').count()).toBe(1);
  expect(problems).toEqual([]);
  await page.context().close();
});
