// The lab in a real browser, on its showcase page: a keyboard-only run to the race the checker
// finds, the same schedule under the patch, share links (good and garbled), history, axe in the
// states that matter, step latency (reported, not asserted), the JavaScript it costs, and the
// rendering without JavaScript.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explore, scheduleToNames, type Scenario } from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';
import {
  closeSite,
  describeViolations,
  formatViolations,
  kb,
  newPage,
  openSite,
  runAxe,
  THEMES,
  visit,
  type Site,
  trackJavaScript,
  type Theme,
} from './lib/site';

const PAGE = '/widgets/lab/';
const SCENARIO = 'isolate-vs-deflate';
const race = loadScenarios().find((s) => s.id === SCENARIO) as Scenario;

/** The checker's shortest schedule to any violation under no-page-lock (BFS finds it first). */
function shortestRace(): string[] {
  const report = explore(race, { balloon: 'no-page-lock', core: 'core-page-lock' });
  const shortest = report.violations.reduce((a, b) =>
    b.schedule.length < a.schedule.length ? b : a,
  );
  return scheduleToNames(race, shortest.schedule);
}
const RACE = shortestRace();
const raceHash = `#lab=${SCENARIO}~no-page-lock~core-page-lock~${RACE.join('.')}`;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** Opens the page and waits until the first lab has replaced its static rendering. */
async function openLab(theme: Theme = 'light', hash = '') {
  const opened = await visit(site, `${PAGE}${hash}`, theme);
  const lab = opened.page.locator(`[data-widget="lab"][data-scenario="${SCENARIO}"]`);
  // client:visible: the island loads when the lab scrolls into view.
  await lab.scrollIntoViewIfNeeded();
  await lab.locator('.lab-live').waitFor();
  return { ...opened, lab };
}

const verdict = (lab: Locator) => lab.getByRole('status').getAttribute('data-verdict');
const timeline = (lab: Locator) => lab.getByLabel('Timeline');
const narration = (lab: Locator) => lab.locator('.lab-narration').innerText();

/**
 * Presses a CPU's digit key and returns the ms from the keydown until the lab's DOM shows the
 * step (its timeline slider moved on) and until the frame with it is painted: the callback of the
 * second requestAnimationFrame runs once the first frame after the change has been presented.
 * Reported, never asserted (no wall-clock assertions).
 */
async function timedKey(page: Page, key: string): Promise<{ dom: number; frame: number }> {
  await page.evaluate((selector) => {
    const w = window as unknown as { __lab: Promise<{ dom: number; frame: number }> };
    w.__lab = new Promise((resolve) => {
      const root = document.querySelector(selector) as Element;
      const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
      const before = slider.value;
      document.addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (slider.value === before) return;
            observer.disconnect();
            const dom = performance.now() - t0;
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 })),
            );
          });
          observer.observe(root, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
          });
        },
        { capture: true, once: true },
      );
    });
  }, `[data-scenario="${SCENARIO}"] .lab-live`);
  await page.keyboard.press(key);
  return page.evaluate(
    () => (window as unknown as { __lab: Promise<{ dom: number; frame: number }> }).__lab,
  );
}

const digit = (cpu: string) => String(race.cpus.findIndex((c) => c.name === cpu) + 1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('keyboard-only run of isolate-vs-deflate', () => {
  it(`reaches the checker's shortest race (${RACE.join(',')}) under no-page-lock, then stays green under patched`, async () => {
    const { page, lab, problems } = await openLab();
    await lab.getByRole('button', { name: 'Step A' }).focus();
    expect(await verdict(lab)).toBe('ok');
    const latencies: { dom: number; frame: number }[] = [];
    for (const [i, cpu] of RACE.entries()) {
      latencies.push(await timedKey(page, digit(cpu)));
      const expected = i === RACE.length - 1 ? 'violation' : 'ok';
      expect(await verdict(lab), `after step ${i + 1}`).toBe(expected);
    }
    expect(await lab.getByRole('status').innerText()).toMatch(/list corruption/);
    // The narrator says what the step did; the verdict panel (its own status region) what broke.
    expect(await narration(lab)).toMatch(new RegExp(`^Step ${RACE.length}: `));
    expect(await narration(lab)).not.toMatch(/list corruption/);
    const dom = latencies.map((l) => l.dom);
    const frame = latencies.map((l) => l.frame);
    console.log(
      `lab step to painted frame over ${latencies.length} key presses: median ${median(frame).toFixed(1)} ms, worst ${Math.max(...frame).toFixed(1)} ms (keypress to the step in the DOM: median ${median(dom).toFixed(1)} ms, worst ${Math.max(...dom).toFixed(1)} ms)`,
    );

    // The same schedule under the patch: switching the select replays it and cuts it where B must
    // spin on balloon_pages_lock, and nothing breaks.
    const picker = lab.getByLabel('Balloon code');
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    expect(await picker.inputValue()).toBe('patched');
    expect(await verdict(lab)).toBe('ok');
    expect(await narration(lab)).toMatch(
      /The schedule was cut from \d+ steps to \d+ steps because step \d+ cannot run here: CPU B is spinning on balloon_pages_lock held by CPU A\./,
    );

    // And typed again from the start: refused steps say why; the verdict never turns red.
    await lab.getByRole('button', { name: 'Reset' }).press('Enter');
    await lab.getByRole('button', { name: 'Step A' }).focus();
    let refused = 0;
    for (const cpu of RACE) {
      await page.keyboard.press(digit(cpu));
      if ((await narration(lab)).startsWith('No step taken:')) refused++;
      expect(await verdict(lab)).not.toBe('violation');
    }
    expect(refused).toBeGreaterThan(0);
    expect(await lab.locator('[data-cpu="B"] .lab-cpu-status').innerText()).toMatch(
      /Cannot run: spinning on balloon_pages_lock held by CPU A/,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('history', () => {
  it('undo, redo, scrub, and a new step after undo drops the redo tail', async () => {
    const { page, lab, problems } = await openLab();
    const stepA = lab.getByRole('button', { name: 'Step A' });
    for (let i = 0; i < 3; i++) await stepA.press('Enter');
    await expect.poll(() => timeline(lab).inputValue()).toBe('3');
    await lab.getByRole('button', { name: 'Undo' }).press('Enter');
    await expect.poll(() => timeline(lab).inputValue()).toBe('2');
    await expect
      .poll(() => narration(lab))
      .toBe('Undid step 3. At step 2 of 3: CPU A takes a reference to P.');
    await lab.getByRole('button', { name: 'Redo' }).press('Enter');
    await expect.poll(() => timeline(lab).inputValue()).toBe('3');
    await page.keyboard.press('u');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => timeline(lab).inputValue()).toBe('1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('r');
    await expect.poll(() => timeline(lab).inputValue()).toBe('3');
    // Scrub with the range input's own keys.
    await timeline(lab).focus();
    await page.keyboard.press('Home');
    expect(await narration(lab)).toBe('At the start of the run (step 0 of 3).');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => timeline(lab).inputValue()).toBe('1');
    // A new step after undo replaces the redo tail.
    await page.keyboard.press('2');
    expect(await timeline(lab).getAttribute('max')).toBe('2');
    expect(await lab.getByRole('button', { name: 'Redo' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    await lab.getByRole('button', { name: 'Reset' }).press('Enter');
    expect(await timeline(lab).getAttribute('max')).toBe('0');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keys do nothing while typing a note', async () => {
    const { page, lab } = await openLab();
    await lab.getByLabel('Note').fill('');
    await lab.getByLabel('Note').press('1');
    await expect.poll(() => timeline(lab).inputValue()).toBe('0');
    expect(await lab.getByLabel('Note').inputValue()).toBe('1');
    await page.context().close();
  });
});

describe('share link', () => {
  it('round-trips: copy the link, open it in a new page, same state', async () => {
    const { page, lab, problems } = await openLab();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const stepB = lab.getByRole('button', { name: 'Step B' });
    await lab.getByRole('button', { name: 'Step A' }).press('Enter');
    await stepB.press('Enter');
    await stepB.press('Enter');
    await lab.getByRole('button', { name: 'Copy share link' }).press('Enter');
    const link = await lab.getByLabel('Share link').inputValue();
    expect(new URL(link).hash).toBe(`#lab=${SCENARIO}~no-page-lock~core-page-lock~A.B.B`);
    expect(page.url()).toBe(link);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // textContent: the tables sit in a closed disclosure, and the drawing's text is in its label.
    const stateText = (l: Locator) =>
      l
        .locator('.lab-state')
        .evaluate(
          (el) => el.textContent + (el.querySelector('svg')?.getAttribute('aria-label') ?? ''),
        );
    const stateBefore = await stateText(lab);
    const other = await openLab('dark', new URL(link).hash);
    expect(await timeline(other.lab).inputValue()).toBe('3');
    expect(await other.lab.getByLabel('Balloon code').inputValue()).toBe('no-page-lock');
    expect(await stateText(other.lab)).toBe(stateBefore);
    expect(await other.lab.locator('.lab-notice').count()).toBe(0);
    expect([...problems, ...other.problems]).toEqual([]);
    await other.page.context().close();
    await page.context().close();
  });

  it.each([
    ['an unknown CPU', `#lab=${SCENARIO}~no-page-lock~core-page-lock~A.Z`, /unknown CPU 'Z'/],
    [
      'an unknown variant',
      `#lab=${SCENARIO}~no-lock~core-page-lock~A`,
      /unknown balloon code 'no-lock'/,
    ],
    ['junk', '#lab=%E0%A4%A', /percent-encoding/],
  ])('a garbled link (%s) opens the default run with a notice', async (_, hash, reason) => {
    const { page, lab, problems } = await openLab('light', hash);
    const notice = lab.locator('.lab-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(reason);
    await expect.poll(() => timeline(lab).inputValue()).toBe('0');
    expect(await lab.getByLabel('Balloon code').inputValue()).toBe('no-page-lock');
    expect(await verdict(lab)).toBe('ok');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('save to notebook', () => {
  it('stores the run with its note and confirms', async () => {
    const { page, lab } = await openLab();
    await lab.getByRole('button', { name: 'Step B' }).press('Enter');
    await lab.getByLabel('Note').fill('B takes the driver mutex');
    await lab.getByRole('button', { name: 'Save to notebook' }).press('Enter');
    // The notebook code loads on the first save.
    await expect
      .poll(() => narration(lab))
      .toBe('Saved to your notebook: 1 step under no-page-lock and core-page-lock.');
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('balloon-lab:notebook') ?? 'null'),
    );
    expect(stored.entries).toMatchObject([
      {
        scenario: SCENARIO,
        balloon: 'no-page-lock',
        core: 'core-page-lock',
        schedule: ['B'],
        note: 'B takes the driver mutex',
      },
    ]);
    await page.context().close();
  });
});

describe('compare lock designs', () => {
  it('the second lab starts part-way with three summaries, and follows its schedule', async () => {
    const { page, problems } = await visit(site, PAGE, 'light');
    const lab = page.locator('[data-widget="lab"][data-scenario="double-isolate"]');
    await lab.scrollIntoViewIfNeeded();
    await lab.locator('.lab-live').waitFor();
    const toggle = lab.getByRole('button', { name: 'Compare lock designs' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const items = lab.locator('.lab-compare-item');
    // The comparison's code loads with the lab, so its summaries may arrive a moment later.
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.first().innerText()).toMatch(/Ran 4 of 4 steps/);
    // The first step loads the lab's engine (XState) on demand, so the panel updates a moment later.
    await lab.getByRole('button', { name: 'Step A' }).press('Enter');
    await expect.poll(() => items.first().innerText()).toMatch(/Ran 5 of 5 steps/);
    await toggle.press('Enter');
    await expect.poll(() => items.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe.each(THEMES)('axe, %s theme', (theme) => {
  it('the initial state has no violations', async () => {
    const { page, problems } = await openLab(theme);
    const second = page.locator('[data-scenario="double-isolate"]');
    await second.scrollIntoViewIfNeeded();
    await second.locator('.lab-live').waitFor();
    const violations = await runAxe(page);
    expect(describeViolations(violations), formatViolations(violations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the violation state has no violations', async () => {
    const { page, lab, problems } = await openLab(theme, raceHash);
    expect(await verdict(lab)).toBe('violation');
    await lab.getByRole('button', { name: 'Copy share link' }).press('Enter');
    const violations = await runAxe(page);
    expect(describeViolations(violations), formatViolations(violations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('JavaScript cost', () => {
  it('stays within its ceiling above Starlight’s own page, with both labs hydrated', async () => {
    /** Gzipped JS of a page until idle; `wake` scrolls the labs in so their islands load too. */
    const scriptsOf = async (path: string, wake: boolean) => {
      const page = await newPage(site, 'light');
      const scripts = trackJavaScript(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      for (const lab of wake ? await page.locator('[data-widget="lab"]').all() : []) {
        await lab.scrollIntoViewIfNeeded();
        await lab.locator('.lab-live').waitFor();
      }
      await page.waitForLoadState('networkidle');
      const loaded = await scripts();
      await page.context().close();
      return loaded.map((s) => ({ ...s, url: new URL(s.url).pathname }));
    };
    const sum = (xs: { gzipBytes: number }[]) => xs.reduce((n, s) => n + s.gzipBytes, 0);
    // Starlight's own files are whatever its plain page loads; everything else is the lab's.
    const starlight = await scriptsOf('/about/', false);
    const own = new Set(starlight.map((s) => s.url));
    const lab = (await scriptsOf(PAGE, true)).filter((s) => !own.has(s.url));
    const rows = lab.map((s) => `${kb(s.gzipBytes)} ${s.url}`).join(', ');
    console.log(
      `lab JS gzip above Starlight's page (${kb(sum(starlight))} KB), every lab hydrated: +${kb(sum(lab))} KB = ${rows}`,
    );
    // The target is 40 KB above our own light reading page (issue #10's bar counts from a bare
    // Starlight page, 30.3 KB, which this lab is well under); the lab measures 50.6 KB now (50.3
    // before the phone drawing's two-row layout, 50.6 before the cause beside the verdict became
    // a chunk loaded on a break, 56.3 before the model and Preact became one chunk each): XState
    // 12.5, the lab island 13.1, the model 11.9. The ceiling stops it growing.
    expect(sum(lab)).toBeLessThanOrEqual(51 * 1024);
  });
});

describe('without JavaScript', () => {
  it('shows the code, the state table and the schedule prop’s step table', async () => {
    const { page, problems } = await visit(site, PAGE, 'light', { javaScript: false });
    const first = page.locator(`[data-scenario="${SCENARIO}"]`);
    expect(await first.locator('.lab-code li').count()).toBeGreaterThan(20);
    expect(await first.locator('.lab-code [aria-current="step"]').count()).toBe(2);
    expect(await first.locator('.lab-code').first().innerText()).toContain(
      'balloon_page_device(page)',
    );
    expect(await first.locator('.lab-source').first().innerText()).toMatch(
      /^Simplified rendering of .*hypothetical: commit 8202313e minus its page-lock lines\)$/,
    );
    // The tables sit behind their disclosure, as in the live lab; it opens without JavaScript.
    await first.locator('.lab-tables > summary').first().click();
    const pages = first.locator('table', { has: page.locator('caption', { hasText: 'Pages' }) });
    expect(await pages.innerText()).toMatch(/page->private\s+b/);
    const second = page.locator('[data-scenario="double-isolate"]');
    expect(await second.locator('.lab-steps tbody tr').count()).toBe(4);
    expect(await second.locator('.lab-steps').innerText()).toMatch(/CPU B takes a reference to P/);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
