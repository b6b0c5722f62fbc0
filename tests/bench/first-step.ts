/**
 * Time to first step, side by side with Starlight's time to open search (issue 14, goal 3): in
 * one run, against the built site (dist/) served locally, a fresh browser context each time (cold
 * cache, no service worker), unthrottled and with 4× CPU throttling plus slow 4G. Both clocks are
 * the page's own (performance.now(), milliseconds since navigation started), read on the first
 * animation frame where the result is on screen:
 *
 * - Starlight: navigation → the search dialog is open with Pagefind's input in it (ready to type),
 *   pressed once the page has been idle (Starlight sets search up then);
 * - lab: navigation → the lab lesson's first Step press has moved the lab's timeline one step.
 *
 * Each action is taken as soon as Playwright finds its button ready, as an eager reader would.
 * Prints medians and the ratio; the goal is lab ≤ 1.5 × Starlight. A benchmark, not a test: it
 * asserts nothing. Run `npm run build` first, then `npm run bench:first-step` (RUNS=n to change
 * the number of runs per condition).
 */
import type { Page } from 'playwright-core';
import { launchBrowser, newPage, type Site } from '../e2e/lib/browser';
import { startServer } from '../e2e/lib/server';

const STARLIGHT_PAGE = '/about/';
const LAB_PAGE = '/lessons/the-old-code-in-the-lab/';
const RUNS = Number(process.env.RUNS ?? 7);

interface Condition {
  name: string;
  cpu: number;
  /** Lighthouse's DevTools "slow 4G": 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

const CONDITIONS: Condition[] = [
  { name: 'unthrottled', cpu: 1 },
  {
    name: '4× CPU + slow 4G',
    cpu: 4,
    network: {
      latency: 562.5,
      downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
      uploadThroughput: (750 * 1024 * 0.9) / 8,
    },
  },
];

async function throttle(page: Page, c: Condition): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: c.cpu });
  if (c.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...c.network });
  }
}

/** The page's clock on the first frame where `at` returns a time (it returns false until then). */
async function whenOnScreen(page: Page, at: () => number | false): Promise<number> {
  const handle = await page.waitForFunction(at, null, { polling: 'raf', timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

async function searchOpens(page: Page): Promise<number> {
  // Starlight sets search up when the page is first idle; a press before that opens an empty
  // dialog (the search stand-in is not listening yet), so the reader presses right after it.
  await page.goto(STARLIGHT_PAGE, { waitUntil: 'load' });
  // Now and then the page is not idle within 5 s (an unbounded wait once held this bench for 15
  // minutes): such a run would time the wait, not search, so it is thrown away and run again.
  const idle = await page.evaluate(
    () =>
      new Promise<boolean>((done) =>
        requestIdleCallback((deadline) => done(!deadline.didTimeout), { timeout: 5000 }),
      ),
  );
  if (!idle) return Number.NaN;
  await page.locator('button[data-open-modal]').click();
  return whenOnScreen(page, () =>
    document.querySelector('site-search dialog[open] .pagefind-ui__search-input')
      ? performance.now()
      : false,
  );
}

async function firstStep(page: Page): Promise<number> {
  await page.goto(LAB_PAGE, { waitUntil: 'commit' });
  const lab = page.locator('[data-widget="lab"]').first();
  await lab.scrollIntoViewIfNeeded();
  const timeline = lab.locator('.lab-live').getByLabel('Timeline');
  const before = Number(await timeline.inputValue());
  await lab
    .locator('.lab-live')
    .getByRole('button', { name: /^Step [A-Z]$/ })
    .first()
    .click();
  // The page's own `Number(...)` of the range input the lab renders its cursor into.
  await page.evaluate((n) => ((window as { firstStepAt?: number }).firstStepAt = n), before + 1);
  return whenOnScreen(page, () => {
    const input = document.querySelector<HTMLInputElement>(
      '[data-widget="lab"] .lab-live input[type="range"]',
    );
    const want = (window as { firstStepAt?: number }).firstStepAt;
    return Number(input?.value) === want ? performance.now() : false;
  });
}

/** Runs that could not be timed (NaN: the page never went idle), thrown away and run again. */
let discarded = 0;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const site: Site = { server: await startServer(), browser: await launchBrowser() };
try {
  console.log(`first step vs search, ${RUNS} runs per cell, medians (ms since navigation)`);
  console.log(`  Starlight: ${STARLIGHT_PAGE} → search open; lab: ${LAB_PAGE} → first Step shown`);
  for (const c of CONDITIONS) {
    // Interleave the two so a noisy moment on the machine hits both.
    const search: number[] = [];
    const step: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      search.push(...(await measureOnce(site, c, searchOpens)));
      step.push(...(await measureOnce(site, c, firstStep)));
    }
    const ratio = median(step) / median(search);
    console.log(
      `  ${c.name.padEnd(18)} search ${median(search).toFixed(0).padStart(5)} ms   first step ${median(step).toFixed(0).padStart(5)} ms   ratio ${ratio.toFixed(2)}× (goal ≤ 1.5×) ${ratio <= 1.5 ? 'met' : 'NOT met'}`,
    );
    console.log(
      `  ${''.padEnd(18)} all search: ${search.map((t) => t.toFixed(0)).join(' ')}; all step: ${step.map((t) => t.toFixed(0)).join(' ')}`,
    );
  }
  if (discarded)
    console.log(`  (${discarded} run(s) thrown away and run again: the page was not idle in 5 s)`);
} finally {
  await site.browser.close();
  await site.server.close();
}

async function measureOnce(s: Site, c: Condition, task: (page: Page) => Promise<number>) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const page = await newPage(s, 'light');
    try {
      await throttle(page, c);
      const ms = await task(page);
      if (!Number.isNaN(ms)) return [ms];
      discarded++;
    } finally {
      await page.context().close();
    }
  }
  return [];
}
