import type { Page } from 'playwright-core';
import { newPage, type Site } from './browser';
import { anchorsOn, linksOn, probe } from './pages';

/**
 * Checks that every internal a[href] on a page resolves: the target answers 200, and a #fragment
 * names an element id (or a[name]) on the target. Answers are cached across pages.
 */
export class LinkChecker {
  private readonly statuses = new Map<string, Promise<number>>();
  private readonly anchors = new Map<string, Promise<Set<string>>>();

  constructor(private readonly site: Site) {}

  /** One message per broken link on the page, empty when all resolve. */
  async check(page: Page): Promise<string[]> {
    const here = new URL(page.url());
    this.anchors.set(
      here.pathname,
      anchorsOn(page).then((ids) => new Set(ids)),
    );
    const broken: string[] = [];
    for (const href of new Set(await linksOn(page))) {
      const problem = await this.problemWith(new URL(href));
      if (problem) broken.push(`${href}: ${problem}`);
    }
    return broken;
  }

  private async problemWith(url: URL): Promise<string | null> {
    if (url.origin !== this.site.server.origin) return null;
    const status = await this.status(url.pathname);
    if (status !== 200) return `target answers ${status}`;
    // An empty fragment and #top scroll to the top of any document, per the HTML standard.
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!fragment || fragment.toLowerCase() === 'top') return null;
    const anchors = await this.anchorsOf(url.pathname);
    return anchors.has(fragment) ? null : `no element with id or name "${fragment}"`;
  }

  private status(pathname: string): Promise<number> {
    return memo(this.statuses, pathname, () =>
      probe(this.site, pathname).then((answer) => answer.status),
    );
  }

  /** Anchors as the rendered page has them, JS on, since scripts may add heading ids. */
  private anchorsOf(pathname: string): Promise<Set<string>> {
    return memo(this.anchors, pathname, () => this.load(pathname));
  }

  private async load(pathname: string): Promise<Set<string>> {
    const page = await newPage(this.site, 'light');
    try {
      await page.goto(pathname, { waitUntil: 'networkidle' });
      return new Set(await anchorsOn(page));
    } finally {
      await page.context().close();
    }
  }
}

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const value = cache.get(key) ?? make();
  cache.set(key, value);
  return value;
}
