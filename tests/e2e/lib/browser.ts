import { chromium, type Browser, type Page } from 'playwright-core';
import type { SiteServer } from './server';

export type Theme = 'light' | 'dark';
export const THEMES: Theme[] = ['light', 'dark'];

/**
 * Flags for a quiet, offline, headless Chromium. Deliberately not @sparticuz/chromium's own list:
 * that one turns off web security and site isolation and forces --single-process, none of which
 * this machine needs, and a test browser with web security off could hide real CORS mistakes.
 */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
];

/** `CHROME_PATH` if set, else the Chromium that the @sparticuz/chromium dev dependency unpacks. */
async function chromePath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return sparticuz.executablePath();
}

/**
 * Playwright hides scrollbars in headless Chromium, which suits screenshots. `scrollbars: true`
 * keeps them, as a desktop browser shows them: for tests about what a scrollbar's width moves.
 */
export async function launchBrowser(options: { scrollbars?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromePath(),
    headless: true,
    args: ARGS,
    ignoreDefaultArgs: options.scrollbars ? ['--hide-scrollbars'] : [],
  });
}

/** What a test needs to open pages: one browser, reused, and the server it may talk to. */
export interface Site {
  browser: Browser;
  server: SiteServer;
}

export interface PageOptions {
  javaScript?: boolean;
  /**
   * The offline service worker precaches the whole build on a first visit; every other test
   * opens pages in fresh contexts, so it stays blocked unless a test is about offline reading.
   */
  serviceWorkers?: 'allow' | 'block';
}

/**
 * A page in its own context (so theme, JS and storage never leak between pages) whose browser
 * cannot reach anything but our server: every other request is aborted, and collectProblems()
 * reports it. Close it with `page.context().close()`.
 */
export async function newPage(site: Site, theme: Theme, options: PageOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({
    baseURL: site.server.origin,
    colorScheme: theme,
    javaScriptEnabled: options.javaScript ?? true,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  // Starlight's ThemeProvider reads this key before first paint and sets <html data-theme>.
  await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  await context.route('**/*', (route) =>
    isLocal(site.server, route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  // Playwright's 30 s default is a hang guard that a loaded machine has exceeded on a plain
  // navigation (waiting for network idle on /widgets/trace/); the tests assert no speed.
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(120_000);
  return context.newPage();
}

/** True for our server and for URLs that never touch the network (data:, blob:). */
export function isLocal(server: SiteServer, url: string): boolean {
  const { protocol, origin } = new URL(url);
  return !protocol.startsWith('http') || origin === server.origin;
}
