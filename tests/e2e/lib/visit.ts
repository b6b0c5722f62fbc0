import type { Page } from 'playwright-core';
import { newPage, type PageOptions, type Site, type Theme } from './browser';
import { trackJavaScript, type ScriptSize } from './js-size';
import { collectProblems } from './problems';

export interface Visit {
  page: Page;
  /** Live list from collectProblems(); also holds a non-200 answer for the page itself. */
  problems: string[];
  /** Every JavaScript file loaded until the network went idle after the page loaded. */
  scripts: ScriptSize[];
  /** The same once every island has been on screen (client:visible islands hydrated). */
  scriptsLive: ScriptSize[];
  /** <html data-theme> once the page settled, to prove the requested theme took effect. */
  dataTheme: string | null;
  /** Whether the page mounts any Astro island, which moves it to the lab budget. */
  hasIsland: boolean;
}

/** Opens a page and waits for the network to go idle, recording all that happened meanwhile. */
export async function visit(
  site: Site,
  pathname: string,
  theme: Theme,
  options: PageOptions = {},
): Promise<Visit> {
  const page = await newPage(site, theme, options);
  const problems = collectProblems(page);
  const scripts = trackJavaScript(page);
  const response = await page.goto(pathname, { waitUntil: 'networkidle' });
  if (response?.status() !== 200) problems.push(`${pathname} answered ${response?.status()}`);
  const atLoad = await scripts();
  if (options.javaScript !== false) await showEveryIsland(page);
  return {
    page,
    problems,
    scripts: atLoad,
    scriptsLive: await scripts(),
    dataTheme: await page.locator('html').getAttribute('data-theme'),
    hasIsland: (await page.locator('astro-island').count()) > 0,
  };
}

/**
 * Scrolls each island into view once, so client:visible islands load and hydrate: the JS budget
 * then counts every widget on the page, and axe sees them live, not just their static rendering.
 */
async function showEveryIsland(page: Page): Promise<void> {
  const islands = await page.locator('astro-island').count();
  if (islands === 0) return;
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (const island of document.querySelectorAll('astro-island')) {
      // Islands are display: contents (no box of their own): scroll to what they render.
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
      await frame();
      await frame();
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(100);
}
