import type { Page } from 'playwright-core';
import { newPage, type PageOptions, type Site, type Theme } from './browser';
import { trackJavaScript, type ScriptSize } from './js-size';
import { collectProblems } from './problems';

export interface Visit {
  page: Page;
  /** Live list from collectProblems(); also holds a non-200 answer for the page itself. */
  problems: string[];
  /** Every JavaScript file loaded until the network went idle, gzipped. */
  scripts: ScriptSize[];
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
  return {
    page,
    problems,
    scripts: await scripts(),
    dataTheme: await page.locator('html').getAttribute('data-theme'),
    hasIsland: (await page.locator('astro-island').count()) > 0,
  };
}
