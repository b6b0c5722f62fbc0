// The conventions a reader expects, on every built page: a strict Content-Security-Policy that
// nothing violates, heading anchor links, a favicon, robots.txt, labelled <pre> only with a role,
// unique region names, a social card per lesson, a first screen that scripts do not shift, lesson 6
// printed without controls, and a clean console where the browser blocks localStorage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, listDistPages, newPage, openSite, visit, type Site } from './lib/site';

const PAGES = listDistPages();
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** Records CSP violations from the first script on, so a refused inline script is seen too. */
const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __csp: string[] }).__csp = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(
      `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
    ),
  );
};

describe.each(PAGES)('%s', (path) => {
  it('carries a strict CSP that nothing on the page violates', async () => {
    const page = await newPage(site, 'light');
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(path, { waitUntil: 'networkidle' });
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(/script-src ([^;]*)/.exec(policy ?? '')?.[1]).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    // Bring every island to life, so their scripts (and the checker's worker) run under the policy.
    await page.evaluate(async () => {
      for (const island of document.querySelectorAll('astro-island')) {
        (island.firstElementChild ?? island).scrollIntoView();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.context().close();
  });

  it('has anchor links on its content headings, a favicon, and well-named regions', async () => {
    const { page } = await visit(site, path, 'light', { javaScript: false });
    const report = await page.evaluate(() => {
      const content = document.querySelector('.sl-markdown-content');
      const headings = content ? [...content.querySelectorAll('h2[id], h3[id]')] : [];
      const withoutAnchor = headings
        .filter((h) => !h.closest('.not-content'))
        .filter((h) => !h.parentElement?.querySelector(`a.sl-anchor-link[href="#${h.id}"]`))
        .map((h) => h.id);
      const labelledPre = [...document.querySelectorAll('pre[aria-label]:not([role])')].map((pre) =>
        pre.getAttribute('aria-label'),
      );
      const name = (el: Element) =>
        el.getAttribute('aria-label') ??
        (el.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
          .join(' ');
      const regions = [
        ...document.querySelectorAll(
          'section[aria-label], section[aria-labelledby], [role="region"]',
        ),
      ].map(name);
      const repeated = regions.filter((n, i) => regions.indexOf(n) !== i);
      const icon = document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href ?? null;
      return { headings: headings.length, withoutAnchor, labelledPre, repeated, icon };
    });
    expect(report.withoutAnchor, 'content headings without an anchor link').toEqual([]);
    expect(report.labelledPre, '<pre aria-label> needs a role to be named').toEqual([]);
    expect(report.repeated, 'two regions with one name').toEqual([]);
    expect(report.icon).not.toBeNull();
    expect(
      (await fetch(report.icon!.replace(/^https?:\/\/[^/]+/, site.server.origin))).status,
    ).toBe(200);
    await page.context().close();
  });
});

/** Width and height from a PNG's IHDR chunk (bytes 16 to 24), or null when it is not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe.each(PAGES.filter((p) => p.startsWith('/lessons/')))('%s social card', (path) => {
  it('names its own 1200×630 PNG as og:image and twitter:image', async () => {
    const html = await (await fetch(new URL(path, site.server.origin))).text();
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    const image = meta('og:image');
    expect(image, 'og:image').toBeDefined();
    expect(meta('twitter:image')).toBe(image);
    expect(meta('twitter:card')).toBe('summary_large_image');
    const lesson = path.split('/')[2];
    const { pathname } = new URL(image!);
    expect(pathname).toBe(`/cards/${lesson}.png`);
    const response = await fetch(new URL(pathname, site.server.origin));
    expect(response.status).toBe(200);
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({
      width: 1200,
      height: 630,
    });
  });
});

/**
 * Where the first screen's content blocks sit once the page has loaded, as "tag.class top" lines,
 * and whether the table of contents would stay put if the page painted before its main pane had
 * been parsed (Starlight puts the TOC first in the DOM; a long page can paint mid-parse).
 */
async function firstScreen(path: string, javaScript: boolean) {
  const page = await newPage(site, 'light', { javaScript });
  await page.goto(path, { waitUntil: 'networkidle' });
  const found = await page.evaluate(() => {
    const blocks = [...document.querySelectorAll('.sl-markdown-content > *')]
      .map((e) => ({ e, top: Math.round(e.getBoundingClientRect().top + scrollY) }))
      .filter(({ top }) => top < innerHeight)
      .map(({ e, top }) => `${e.tagName.toLowerCase()}.${e.className} ${top}`);
    const toc = document.querySelector('.right-sidebar-container');
    const pane = document.querySelector('.main-pane');
    let tocMoves = 0;
    if (toc && pane) {
      const before = toc.getBoundingClientRect().left;
      const parent = pane.parentElement!;
      pane.remove();
      tocMoves = Math.round(toc.getBoundingClientRect().left - before);
      parent.append(pane);
    }
    return { blocks, tocMoves };
  });
  await page.context().close();
  return found;
}

describe.each(PAGES)('%s, first screen', (path) => {
  it('scripts push none of its content down, and the TOC is where it will stay', async () => {
    const withJs = await firstScreen(path, true);
    expect(withJs.blocks).toEqual((await firstScreen(path, false)).blocks);
    expect(withJs.tocMoves, 'TOC moves when the main pane is not laid out yet').toBe(0);
  });
});

describe('site-wide files', () => {
  it('serves robots.txt naming the sitemap', async () => {
    const text = await (await fetch(new URL('/robots.txt', site.server.origin))).text();
    expect(text).toMatch(/^User-agent: \*/m);
    expect(text).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });

  it('lessons have heading anchor links at all (the content folder is processed)', async () => {
    const html = await (
      await fetch(new URL('/lessons/memory-ballooning/', site.server.origin))
    ).text();
    expect((html.match(/class="sl-anchor-link"/g) ?? []).length).toBeGreaterThan(3);
  });
});

/** In emulated print media: the controls a reader could see, and the widget renderings printed. */
async function printed(page: import('playwright-core').Page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const shown = (selector: string) =>
      [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility());
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}"`;
    const lab = '[data-widget="lab"]';
    return {
      controls: shown('button, select, input:not([type="hidden"]), textarea, [role="button"]').map(
        describe,
      ),
      diffCode: shown('.seed-diff pre').length,
      labCode: shown(`${lab} .lab-code`).length,
      // A scroll box prints only what it shows: every code column must print whole.
      cutOff: shown(`${lab} .lab-code`).filter((e) => e.scrollHeight > e.clientHeight + 1).length,
      drawnState: shown(`${lab} svg.lab-picture`).length,
      stateTables: shown(`${lab} .lab-tables table`).length,
      stepTable: shown(`${lab} table caption`).filter((c) => /^Steps:/.test(c.textContent ?? ''))
        .length,
    };
  });
}

describe('lesson 6 printed (emulated print media)', () => {
  const LESSON_6 = '/lessons/removing-the-page-lock-naively/';

  it('with JavaScript: no controls; code, drawn state and the step table print', async () => {
    const { page } = await visit(site, LESSON_6, 'light');
    const lab = page.locator('[data-widget="lab"]').first();
    await lab.scrollIntoViewIfNeeded();
    await lab.getByRole('button', { name: 'Step B' }).click();
    await lab.getByRole('button', { name: 'Step A' }).click();
    await lab.locator('table caption', { hasText: /^Steps:/ }).waitFor();
    const print = await printed(page);
    expect(print.controls, 'controls visible in print').toEqual([]);
    expect(print.diffCode).toBe(3);
    expect(print.labCode).toBeGreaterThanOrEqual(2);
    expect(print.cutOff, 'code columns cut off in print').toBe(0);
    expect(print.drawnState).toBe(1);
    expect(print.stateTables).toBeGreaterThanOrEqual(4);
    expect(print.stepTable).toBe(1);
    await page.context().close();
  });

  it('without JavaScript: the static rendering prints whole, with no controls', async () => {
    const { page } = await visit(site, LESSON_6, 'light', { javaScript: false });
    const print = await printed(page);
    expect(print.controls, 'controls visible in print').toEqual([]);
    expect(print.diffCode).toBe(3);
    expect(print.labCode).toBeGreaterThanOrEqual(2);
    expect(print.cutOff, 'code columns cut off in print').toBe(0);
    expect(print.drawnState).toBe(1);
    expect(print.stateTables).toBeGreaterThanOrEqual(4);
    await page.context().close();
  });
});

describe('with localStorage blocked by the browser', () => {
  it.each(['/about/', '/lessons/memory-ballooning/', '/progress/'])(
    '%s keeps a clean console',
    async (path) => {
      const { page, problems } = await visit(site, '/about/', 'light');
      await page.context().addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      problems.length = 0;
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});
