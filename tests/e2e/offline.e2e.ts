// Offline reading: after one visit the course reads and its widgets run without a network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, openSite, visit, type Site } from './lib/site';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

const LESSON = '/lessons/removing-the-page-lock-naively/';

describe('offline', () => {
  it('reloads a visited lesson, opens an unvisited page and steps a lab with no network', async () => {
    const { page, problems } = await visit(site, LESSON, 'light', { serviceWorkers: 'allow' });
    // The service worker precaches the whole build on install; wait until it controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
    });
    expect(await page.locator('.bl-update').count(), 'no update notice on a first visit').toBe(0);
    await page.context().setOffline(true);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/naively/i);

    // The lab hydrates when it scrolls into view (client:visible): its code must come from the cache.
    const lab = page.locator('[data-widget="lab"]').first();
    await lab.scrollIntoViewIfNeeded();
    const step = lab.getByRole('button', { name: 'Step A' });
    await step.click();
    const narration = lab.locator('[aria-live="polite"]').filter({ hasText: /CPU A/ });
    await narration.first().waitFor();

    await page.goto('/glossary/', { waitUntil: 'load' });
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/glossary/i);
    // Offline requests that the worker answered are not failures; nothing else may have failed.
    expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
    await page.context().close();
  });
});
