// A page's first paint can come before its HTML has been parsed: the browser paints what it has
// at a parser yield. Whatever that first paint shows of the frame (header, sidebars, the main
// column) must already be where the finished page puts it, or the reader sees it jump (a layout
// shift: Lighthouse scored 0.118 on /widgets/checker/ when the scrollbar appeared late, and 0.048
// on the embedded labs when their hidden site header showed until the widget was parsed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, DIST, listDistPages, newPage, openSite, type Site } from './lib/site';

let site: Site;
beforeAll(async () => {
  // A desktop browser shows a scrollbar that takes room; Playwright's default hides it.
  site = await openSite({ scrollbars: true });
});
afterAll(() => closeSite(site));

/** The frame's parts whose place a first paint already shows. */
const FRAME = ['.header', '.sidebar-pane', '.right-sidebar-container', '.main-pane'];

/** Where each displayed part of the frame is: "x y width" in CSS pixels, by selector. */
async function frame(page: Page): Promise<Record<string, string>> {
  return page.evaluate((selectors) => {
    const at: Record<string, string> = {};
    for (const selector of selectors) {
      // Not displayed (display: none, or not parsed yet) is left out; an empty pane is kept.
      const box = document.querySelector(selector)?.getClientRects()[0];
      if (box) at[selector] = `${box.x} ${box.y} ${box.width}`;
    }
    return at;
  }, FRAME);
}

/** The page's HTML cut just after the main pane opens: what a parser yield has before the text. */
function beforeTheText(page: string): string {
  const file = page.endsWith('.html') ? page : `${page}index.html`;
  const html = readFileSync(path.join(DIST, file), 'utf8');
  const open = html.indexOf('<div class="main-pane');
  if (open < 0) throw new Error(`${file}: no main pane`);
  return html.slice(0, html.indexOf('>', open) + 1);
}

describe('the first paint puts the frame where it stays', () => {
  it('every page, on a desktop screen with a scrollbar', async () => {
    const moved: string[] = [];
    for (const url of listDistPages()) {
      const page = await newPage(site, 'light', { javaScript: false });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url);
      const finished = await frame(page);
      await page.route(`**${url}`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: beforeTheText(url) }),
      );
      await page.goto(url);
      const early = await frame(page);
      await page.context().close();
      expect(Object.keys(finished), `${url}: the frame`).toContain('.main-pane');
      for (const [part, at] of Object.entries(early))
        if (finished[part] !== at)
          moved.push(`${url} ${part}: ${at} → ${finished[part] ?? 'hidden'}`);
    }
    expect(moved).toEqual([]);
  });
});
