// The crawl every page gets (architecture principle 10): console, requests, axe, links and the
// JavaScript budget, in the light and the dark theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BudgetRow } from './lib/report';
import {
  closeSite,
  crawl,
  describeViolations,
  formatViolations,
  kb,
  LinkChecker,
  listDistPages,
  openSite,
  runAxe,
  THEMES,
  visit,
  type Site,
  type Visit,
} from './lib/site';

const PAGES = listDistPages();
/** A plain content page with no widgets: Starlight's own cost, reported beside every page. */
const BASELINE_PAGE = '/about/';
/** architecture.md's budgets: a reading page at load, and a page with widgets fully live. */
const READING_BUDGET = 5 * 1024;
const LAB_BUDGET = 45 * 1024;
/**
 * Not met yet (issue 14, goal 2) by the pages whose lab is live at load. Measured after the
 * challenge lab read its solved mark without the storage module and its banner, proof and model
 * hints and the cause beside the verdict became chunks loaded on use, and the phone drawing's
 * two-row layout came in (+0.3 KB), and the phone's pinned state strip (MiniState, +0.2 KB): the
 * home page's challenge lab 55.8 KB (58.9 before), an embedded lab 51.1 KB (50.9). /widgets/lab/ measures 37.5 KB live when its lab's engine arrives
 * after the network went idle, and 54.3 KB with the engine in: Starlight's 3.7 KB plus lab.e2e's
 * 50.6 KB (53.7 KB live before). XState (12.5 KB; the machines keep setup(), docs/architecture.md), the lab island and
 * the model are the largest parts. Until they fit LAB_BUDGET they are held here.
 */
const LAB_CEILINGS: [RegExp, number][] = [
  [/^\/$/, 56 * 1024],
  [/^\/embed\/lab\//, 51.3 * 1024],
];
const LIVE_CEILINGS: Record<string, number> = { '/widgets/lab/': 54.7 * 1024 };
/**
 * Not met yet either: /widgets/seed-diff/ loads 5.2 KB, two copy mechanisms on one page (Expressive
 * Code's for the usage blocks, ours for the quoted hunk); one mechanism would fit READING_BUDGET.
 */
const READING_CEILINGS: Record<string, number> = { '/widgets/seed-diff/': 5.5 * 1024 };
const labLimit = (path: string) =>
  LAB_CEILINGS.find(([pattern]) => pattern.test(path))?.[1] ?? LAB_BUDGET;

let site: Site;
let links: LinkChecker;
/** Largest JS total seen per page across themes, and whether it carries an island. */
const measured = new Map<string, { bytes: number; live: number; hasIsland: boolean }>();

beforeAll(async () => {
  site = await openSite();
  links = new LinkChecker(site);
});
afterAll(() => closeSite(site));

describe('site map', () => {
  it('every page reachable from / exists', async () => {
    const reached = await crawl(site);
    const missing = [...reached].filter(([, status]) => status !== 200);
    expect(missing.map(([path, status]) => `${path} answered ${status}`)).toEqual([]);
    // Orphans are not an error (404.html is one by design) but they deserve a look.
    const orphans = PAGES.filter((path) => !reached.has(path));
    if (orphans.length > 0) console.log(`pages not linked from /: ${orphans.join(', ')}`);
  });

  it('a missing URL answers 404 with the site 404 page', async () => {
    const response = await fetch(new URL('/no-such-page/', site.server.origin));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1');
  });
});

describe.each(PAGES)('%s', (path) => {
  describe.each(THEMES)('%s theme', (theme) => {
    let page: Visit;
    beforeAll(async () => {
      page = await visit(site, path, theme);
      const previous = measured.get(path);
      const sum = (scripts: typeof page.scripts) =>
        scripts.reduce((total, script) => total + script.gzipBytes, 0);
      measured.set(path, {
        bytes: Math.max(previous?.bytes ?? 0, sum(page.scripts)),
        live: Math.max(previous?.live ?? 0, sum(page.scriptsLive)),
        hasIsland: page.hasIsland,
      });
    });
    afterAll(() => page?.page.context().close());

    it('applies the theme', () => {
      expect(page.dataTheme).toBe(theme);
    });

    it('has no console errors, page errors, failed or off-machine requests', () => {
      expect(page.problems).toEqual([]);
    });

    it('has no axe violations (WCAG 2.1 A/AA)', async ({ task }) => {
      const violations = await runAxe(page.page);
      task.meta.pageCheck = { path, theme, javaScript: true, axeViolations: violations.length };
      expect(describeViolations(violations), formatViolations(violations)).toEqual([]);
    });

    it('has no broken internal links or fragments', async () => {
      expect(await links.check(page.page)).toEqual([]);
    });
  });
});

describe('JavaScript budget (gzip, until network idle)', () => {
  it.for(PAGES)('%s', (path, { task }) => {
    const baseline = measured.get(BASELINE_PAGE);
    const own = measured.get(path);
    expect(baseline, `baseline page ${BASELINE_PAGE} was not measured`).toBeDefined();
    expect(own, `${path} was not measured`).toBeDefined();
    if (!baseline || !own) return;
    const kind = own.hasIsland ? 'lab' : 'reading';
    const budget = own.hasIsland ? labLimit(path) : (READING_CEILINGS[path] ?? READING_BUDGET);
    const row: BudgetRow = {
      path,
      jsGzipBytes: own.bytes,
      liveGzipBytes: own.live,
      baselineBytes: baseline.bytes,
      allowanceBytes: budget - baseline.bytes,
      kind,
    };
    task.meta.budgetRow = row;
    expect(
      own.bytes,
      `${path} loads ${kb(own.bytes)} KB of JS; a ${kind} page may load ${kb(budget)} KB`,
    ).toBeLessThanOrEqual(budget);
    // A widget's own page holds that one widget: fully live, it must still fit the lab budget.
    if (path.startsWith('/widgets/')) {
      const live = LIVE_CEILINGS[path] ?? LAB_BUDGET;
      expect(
        own.live,
        `${path} loads ${kb(own.live)} KB of JS once its widget is live; at most ${kb(live)} KB`,
      ).toBeLessThanOrEqual(live);
    }
  });
});

describe('server log', () => {
  it('no request for a page asset 404ed (only the deliberate missing URL)', () => {
    const notFound = site.server.requests.filter(
      (request) => request.status >= 400 && request.path !== '/no-such-page/',
    );
    expect(notFound).toEqual([]);
  });
});
