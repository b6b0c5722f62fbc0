import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { newPage, type Site } from './browser';
import { DIST } from './server';

/**
 * Every page in the build, as URL paths: each dist/**\/index.html plus 404.html. Synchronous so
 * test files can generate one test group per page at collection time, orphans included.
 */
export function listDistPages(root = DIST): string[] {
  if (!existsSync(root)) throw new Error(`${root} does not exist: run \`astro build\` first.`);
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `/${path.dirname(file).split(path.sep).join('/')}/`.replace('/./', '/'));
  if (existsSync(path.join(root, '404.html'))) pages.push('/404.html');
  return pages.sort();
}

/** Absolute URLs of every a[href] on the page, as the browser resolved them. */
export function linksOn(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
}

/** Every fragment the page can scroll to: element ids and the names of a[name]. */
export function anchorsOn(page: Page): Promise<string[]> {
  return page.$$eval('[id], a[name]', (elements) =>
    elements.flatMap((element) => [element.id, element.getAttribute('name') ?? '']),
  );
}

/** HTTP status and content type of an internal path, asked of the server directly. */
export async function probe(
  site: Site,
  pathname: string,
): Promise<{ status: number; html: boolean }> {
  const response = await fetch(new URL(pathname, site.server.origin));
  await response.arrayBuffer();
  return {
    status: response.status,
    html: !!response.headers.get('content-type')?.includes('html'),
  };
}

/**
 * Breadth-first walk over internal links from '/', with JavaScript off so only what the server
 * sends counts. Returns every internal path reached (no fragment or query) with its status.
 */
export async function crawl(site: Site, start = '/'): Promise<Map<string, number>> {
  const page = await newPage(site, 'light', { javaScript: false });
  const reached = new Map<string, number>();
  const queue = [start];
  try {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (reached.has(next)) continue;
      const { status, html } = await probe(site, next);
      reached.set(next, status);
      if (status !== 200 || !html) continue;
      await page.goto(next);
      for (const href of await linksOn(page)) {
        const url = new URL(href);
        if (url.origin === site.server.origin) queue.push(url.pathname);
      }
    }
  } finally {
    await page.context().close();
  }
  return reached;
}
