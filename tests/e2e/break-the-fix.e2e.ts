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
    const racy = root.getByRole('radio', { name: 'core-racy', exact: true });
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
      const lock = root.getByRole('group', { name: '(c) The page lock in enqueue and dequeue' });
      await lock.getByRole('radio', { name: /none/ }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await lock.getByRole('radio', { name: /trylock_page\(\)/ }).isChecked()).toBe(true);
      const old = await settled(root, 'ok', 'page-lock');
      expect(await old.innerText()).toContain(
        'This is exactly the code before the patch (8202313e).',
      );
      await root.getByRole('radio', { name: 'core-test-and-set', exact: true }).check();
      await settled(root, 'violation', 'page-lock');
      await expectNoAxe(page);
      await root.getByRole('button', { name: 'After the patch' }).press('Enter');
      await settled(root, 'ok', 'patched');
      await root.getByRole('radio', { name: 'migrate-vs-deflate', exact: true }).check();
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

describe('a band like the lab', () => {
  it('at 1280×800 it leaves the content column, covers the table of contents and hides it', async () => {
    const { page, problems } = await visit(site, '/lessons/why-finalize-moved/', 'light');
    await page.setViewportSize({ width: 1280, height: 800 });
    const root = page.locator('[data-widget="break-the-fix"]');
    const toc = page.locator('.right-sidebar-panel');
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => toc.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    await root.locator('.btf').scrollIntoViewIfNeeded();
    await expect.poll(() => toc.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    const hairline = await page
      .locator('.right-sidebar')
      .evaluate((el) => getComputedStyle(el).borderInlineStartColor);
    expect(hairline).toBe('rgba(0, 0, 0, 0)');
    const column = (await page.locator('.sl-markdown-content').boundingBox())!;
    const band = (await root.boundingBox())!;
    expect(band.width).toBeGreaterThan(column.width + 100);
    expect(band.x + band.width).toBeLessThanOrEqual(1280);
    // Two columns: the verdict beside the toggles, the code panels side by side below.
    const controls = (await root.locator('.btf-controls').boundingBox())!;
    const side = (await root.locator('.btf-side').boundingBox())!;
    expect(side.x).toBeGreaterThan(controls.x + controls.width);
    expect(await root.locator('.btf-side').evaluate((el) => getComputedStyle(el).position)).toBe(
      'sticky',
    );
    const panels = await root
      .locator('.btf-code figure')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().x)));
    expect(new Set(panels).size).toBe(2);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('toggles are segmented native radios: named by id, the checked one marked beyond colour', async () => {
    const { page, problems } = await visit(site, PATH, 'light');
    const root = page.locator('[data-widget="break-the-fix"]');
    await settled(root, 'ok', 'patched');
    const core = root.getByRole('radio', { name: 'core-test-and-set', exact: true });
    expect(
      await core.evaluate((el) => el.closest('fieldset')?.querySelector('legend')?.textContent),
    ).toBe('(d) Migration core');
    const checked = root.getByRole('radio', { name: 'core-page-lock', exact: true });
    const look = (radio: Locator) =>
      radio.evaluate((el) => {
        const seg = el.closest('label')!;
        return {
          weight: getComputedStyle(seg).fontWeight,
          mark: getComputedStyle(seg.querySelector('.btf-tick')!).display,
        };
      });
    expect(await look(checked)).toEqual({ weight: '700', mark: 'inline' });
    expect((await look(core)).mark).toBe('none');
    // Tab from group (c) enters group (d) on its checked radio; its segment shows the ring.
    await root.getByRole('radio', { name: /none/ }).focus();
    await page.keyboard.press('Tab');
    const ring = await checked.evaluate(
      (el) => getComputedStyle(el.closest('label')!).outlineStyle,
    );
    expect(ring).toBe('solid');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('on a 390 px phone it is one column, the verdict pinned under the toggles, no sideways scroll', async () => {
    const { page, problems } = await visit(site, PATH, 'dark');
    await page.setViewportSize({ width: 390, height: 844 });
    const root = page.locator('[data-widget="break-the-fix"]');
    await settled(root, 'ok', 'patched');
    await root.getByRole('radio', { name: /before spin_lock/ }).check();
    await settled(root, 'violation', 'none');
    // The lowest toggle, reached by keyboard from the one above it: it scrolls clear of the
    // pinned verdict, and the verdict for the change is in view below it.
    await root.getByRole('radio', { name: /trylock_page/ }).focus();
    await page.keyboard.press('Tab');
    const racy = root.getByRole('radio', { name: 'core-page-lock', exact: true });
    expect(await racy.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const status = root.locator('[role="status"][data-verdict="violation"][data-named="none"]');
    await root.locator('input[value="core-racy"]:checked').waitFor();
    await status.waitFor();
    const core = root.locator('input[value="core-racy"]');
    expect(await inView(page, core)).toBe('');
    expect(await inView(page, status)).toBe('');
    const toggle = (await core.boundingBox())!;
    const verdict = (await status.boundingBox())!;
    expect(toggle.y + toggle.height).toBeLessThanOrEqual(verdict.y);
    // Once the toggles have scrolled past, the verdict sits in its place after them, and the
    // counterexample follows it.
    await root.locator('.checker-cx').first().scrollIntoViewIfNeeded();
    const settledVerdict = (await status.boundingBox())!;
    const afterControls = (await root.locator('.btf-controls').boundingBox())!;
    expect(settledVerdict.y).toBeGreaterThanOrEqual(afterControls.y + afterControls.height - 1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('prints the verdict and the code, not the controls', async () => {
    const { page, problems } = await visit(site, PATH, 'light');
    const root = page.locator('[data-widget="break-the-fix"]');
    await settled(root, 'ok', 'patched');
    await page.emulateMedia({ media: 'print' });
    expect(await root.locator('.btf-controls').isVisible()).toBe(false);
    expect(await root.getByRole('status').isVisible()).toBe(true);
    expect(await root.locator('.btf-code pre').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
