/**
 * Benchmark: the notebook page with thousands of saved runs, in the real Chromium of the e2e
 * suite against the built site (run `npm run build` first). Reports the latency of one keystroke
 * in a note with 5,000 runs stored (keydown to the next painted frame, and the debounced store
 * that follows a pause), and the time to import a file of 10,000 runs until the summary shows.
 * Not part of `npm test`: timings are reported here, never asserted.
 */
import { launchBrowser } from '../e2e/lib/browser';
import { startServer } from '../e2e/lib/server';

const NOTEBOOK_KEY = 'balloon-lab:notebook';
const RACE = ['A', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'A', 'A'];
const runs = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    scenario: 'isolate-vs-deflate',
    balloon: i % 2 ? 'no-page-lock' : 'patched',
    core: 'core-page-lock',
    schedule: RACE,
    note: `run ${i}: what this interleaving shows`,
    savedAt: '2025-01-02T03:04:05.000Z',
  }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  try {
    const context = await browser.newContext({ baseURL: server.origin });
    const page = await context.newPage();
    const stored = JSON.stringify({ version: 1, entries: runs(5000, 'kept') });
    await page.addInitScript(([k, v]) => localStorage.getItem(k) ?? localStorage.setItem(k, v), [
      NOTEBOOK_KEY,
      stored,
    ] as const);
    const loadStart = Date.now();
    await page.goto('/notebook/', { waitUntil: 'networkidle' });
    const note = page.locator('article.notebook-run textarea').first();
    await note.waitFor();
    const loadMs = Date.now() - loadStart;
    await note.focus();
    // Keydown to the frame after the input was handled, measured inside the page.
    const perKey = await page.evaluate(async () => {
      const area = document.activeElement as HTMLTextAreaElement;
      const times: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        area.value += 'x';
        area.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x' }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        times.push(performance.now() - t0);
      }
      return times;
    });
    // The debounced store after the pause: the longest main-thread task in the next second.
    const storeTask = await page.evaluate(async () => {
      const long: number[] = [0];
      const seen = new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => long.push(e.duration)),
      );
      seen.observe({ type: 'longtask' });
      await new Promise((r) => setTimeout(r, 1000));
      seen.disconnect();
      return Math.max(...long);
    });
    const saved = await page.evaluate(
      (k) => JSON.parse(localStorage.getItem(k)!).entries[0].note as string,
      NOTEBOOK_KEY,
    );
    if (!saved.endsWith('x'.repeat(30))) throw new Error('the typed note was not stored');

    const importPage = await context.newPage();
    await importPage.goto('/notebook/', { waitUntil: 'networkidle' });
    await importPage.evaluate((k) => localStorage.removeItem(k), NOTEBOOK_KEY);
    await importPage.reload({ waitUntil: 'networkidle' });
    await importPage.locator('.notebook[data-ready]').waitFor();
    const file = JSON.stringify({ version: 1, entries: runs(10_000, 'imported') });
    const t0 = Date.now();
    await importPage.locator('input[type="file"]').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    const status = importPage.locator('.notebook-status');
    await status.filter({ hasText: 'Importing: checked' }).waitFor({ timeout: 120_000 });
    const firstCountMs = Date.now() - t0;
    await status.filter({ hasText: 'Imported' }).waitFor({ timeout: 120_000 });
    await importPage.locator('article.notebook-run').first().waitFor();
    const importMs = Date.now() - t0;

    console.log('notebook (real Chromium, built site)');
    console.log(`  open /notebook/ with 5,000 runs:        ${ms(loadMs)}`);
    console.log(
      `  keystroke in a note, 5,000 runs stored: median ${ms(median(perKey))}, max ${ms(Math.max(...perKey))} (30 keys)`,
    );
    console.log(
      `  debounced store after the pause:        longest task ${ms(storeTask)} (0: none over 50 ms)`,
    );
    console.log(
      `  import 10,000 runs (${(file.length / 1e6).toFixed(1)} MB):          ${ms(importMs)} until the summary`,
    );
    console.log(`  first live count during that import:    ${ms(firstCountMs)}`);
    console.log(`  summary: ${await status.innerText()}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
