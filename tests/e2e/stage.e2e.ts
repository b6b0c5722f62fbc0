// The lab as a stage (issue 10), asserted with bounding boxes: every lab of the course shows its
// lanes' Step buttons and next lines, the drawn state and the verdict in one view; phones never
// scroll sideways and show one lane at a time; and the shipped race on lesson 6, played by
// keyboard, draws the torn-out page, says its cause and replays it under the patched code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeEntry,
  replay,
  scheduleFromNames,
  type Scenario,
  type Variants,
} from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';
import {
  closeSite,
  collectProblems,
  describeViolations,
  DIST,
  formatViolations,
  listDistPages,
  newPage,
  openSite,
  runAxe,
  THEMES,
  type Site,
  type Theme,
} from './lib/site';

const PAGES = listDistPages();
const scenarios = loadScenarios();
const htmlOf = (p: string) =>
  readFileSync(path.join(DIST, p === '/404.html' ? '404.html' : `${p}index.html`), 'utf8');
/** Every lab in the build: its page, scenario, variants and position among the page's labs. */
const LABS = PAGES.flatMap((p) => {
  const seen = new Map<string, number>();
  return [...htmlOf(p).matchAll(/<section[^>]*data-widget="lab"[^>]*>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]+)"`).exec(m[0])?.[1] ?? '';
    const scenario = attr('data-scenario');
    // nth counts labs of the same scenario on the page, as labAtTop() finds them.
    const nth = seen.get(scenario) ?? 0;
    seen.set(scenario, nth + 1);
    const variants = { balloon: attr('data-balloon'), core: attr('data-core') } as Variants;
    return { path: p, scenario, nth, variants };
  });
});
const scenarioOf = (id: string) => scenarios.find((s) => s.id === id) as Scenario;
const cpusOf = (id: string) => scenarioOf(id).cpus.length;

/**
 * A schedule that breaks an invariant in this lab: the scenario's proof for the lab's own
 * variants, or else its first proof under other variants (a lab whose own code is safe: the
 * learner gets there by switching the pickers).
 */
function breakingRun(lab: (typeof LABS)[number]) {
  const claims = scenarioOf(lab.scenario).expect.filter((e) => e.proof);
  const own = claims.find(
    (e) => e.balloon === lab.variants.balloon && e.core === lab.variants.core,
  );
  const claim = own ?? claims[0];
  return claim && { variants: { balloon: claim.balloon, core: claim.core }, proof: claim.proof! };
}

const LESSON6 = '/lessons/removing-the-page-lock-naively/';
const RACE = 'A,A,A,A,A,B,B,B,B,B,B,B,B,B,A,A'.split(',');

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

async function open(pathname: string, width: number, height: number, theme: Theme = 'light') {
  const page = await newPage(site, theme);
  await page.setViewportSize({ width, height });
  const problems = collectProblems(page);
  await page.goto(pathname, { waitUntil: 'networkidle' });
  return { page, problems };
}

/** Scrolls the lab's top to the viewport's top and waits for its island. */
async function labAtTop(page: Page, scenario: string, nth = 0): Promise<Locator> {
  const lab = page.locator(`[data-widget="lab"][data-scenario="${scenario}"]`).nth(nth);
  await lab.scrollIntoViewIfNeeded();
  await lab.locator('.lab-live').waitFor();
  await lab.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top));
  return lab;
}

/** The lab's verdict (a challenge's goal bar has a status region of its own). */
const verdictOf = (lab: Locator): Locator => lab.locator('.lab-verdict[role="status"]');

/** What of `el` lies outside the viewport below Starlight's fixed header, or '' when it is in. */
async function outside(page: Page, el: Locator, what: string): Promise<string> {
  const box = await el.boundingBox();
  const { w, h, top } = await page.evaluate(() => ({
    w: innerWidth,
    h: innerHeight,
    top: document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0,
  }));
  if (!box) return `${what} is not rendered`;
  const ok =
    box.y >= top - 1 && box.y + box.height <= h + 1 && box.x >= 0 && box.x + box.width <= w + 1;
  return ok
    ? ''
    : `${what} at y ${Math.round(box.y)}–${Math.round(box.y + box.height)} (viewport ${Math.round(top)}–${h})`;
}

/** Both (all) lanes' Step buttons and next lines, the drawing and the verdict, out of view. */
async function stageOutside(page: Page, lab: Locator): Promise<string[]> {
  const found: string[] = [];
  const lanes = await lab.locator('.lab-cpu').all();
  for (const lane of lanes) {
    const name = await lane.getAttribute('data-cpu');
    found.push(await outside(page, lane.locator('.lab-step'), `Step ${name}`));
    const next = lane.locator('.lab-code [aria-current="step"]');
    if ((await next.count()) > 0) found.push(await outside(page, next, `next line of ${name}`));
  }
  found.push(await outside(page, lab.locator('svg.lab-picture'), 'the state picture'));
  found.push(await outside(page, verdictOf(lab), 'the verdict'));
  return found.filter(Boolean);
}

describe('every lab is a stage without scrolling', () => {
  it.for(LABS)('$path lab $nth ($scenario)', async ({ path: p, scenario, nth }) => {
    const three = cpusOf(scenario) >= 3;
    const { page, problems } = await open(p, three ? 1440 : 1280, three ? 900 : 800);
    const lab = await labAtTop(page, scenario, nth);
    expect(await lab.evaluate((el) => Math.abs(Math.round(el.getBoundingClientRect().top)))).toBe(
      0,
    );
    expect(await lab.locator('.lab-cpu').count()).toBe(cpusOf(scenario));
    expect(await stageOutside(page, lab)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('every lab says the cause in view on the step that breaks an invariant', () => {
  const breaking = LABS.filter((l) => breakingRun(l));
  it('finds every lesson’s lab in the build, and a three-CPU lab', () => {
    const lessons = readdirSync('content/lessons').filter((f) =>
      /<Lab\b/.test(readFileSync(path.join('content/lessons', f), 'utf8')),
    );
    const slugs = lessons.map((f) => `/lessons/${f.replace(/^\d+-/, '').replace(/\.mdx?$/, '')}/`);
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.filter((s) => !breaking.some((l) => l.path === s))).toEqual([]);
    expect(breaking.some((l) => cpusOf(l.scenario) >= 3)).toBe(true);
  });
  it.for(breaking)('$path lab $nth ($scenario)', async (l) => {
    const three = cpusOf(l.scenario) >= 3;
    const { page, problems } = await open(l.path, three ? 1440 : 1280, three ? 900 : 800);
    const lab = await labAtTop(page, l.scenario, l.nth);
    const run = breakingRun(l)!;
    await lab.getByLabel('Balloon code', { exact: true }).selectOption(run.variants.balloon);
    await lab.getByLabel('Migration core', { exact: true }).selectOption(run.variants.core);
    const reset = lab.getByRole('button', { name: 'Reset' });
    if ((await reset.getAttribute('aria-disabled')) !== 'true') await reset.click();
    await expect.poll(() => lab.getByLabel('Timeline').inputValue()).toBe('0');
    await lab.locator('.lab-step').first().focus();
    const cpus = scenarioOf(l.scenario).cpus;
    for (const cpu of run.proof)
      await page.keyboard.press(String(cpus.findIndex((c) => c.name === cpu) + 1));
    await expect.poll(() => lab.getByLabel('Timeline').inputValue()).toBe(String(run.proof.length));
    expect(await verdictOf(lab).getAttribute('data-verdict')).toBe('violation');
    await lab.locator('.lab-cause-steps').waitFor();
    await lab.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top));
    const found = await stageOutside(page, lab);
    found.push(await outside(page, lab.locator('.lab-cause-steps'), 'the cause'));
    expect(found.filter(Boolean)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('phones (390×844)', () => {
  it.for(PAGES)('%s does not scroll sideways', async (p) => {
    const { page } = await open(p, 390, 844);
    for (const lab of await page.locator('[data-widget="lab"]').all()) {
      await lab.scrollIntoViewIfNeeded();
      await lab.locator('.lab-live').waitFor();
    }
    const { scroll, inner } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: innerWidth,
    }));
    expect(scroll, `${p} is ${scroll} px wide in a ${inner} px window`).toBeLessThanOrEqual(inner);
    await page.context().close();
  });

  it.for(LABS)(
    '$path lab $nth shows one lane, chosen by chips',
    async ({ path: p, scenario, nth }) => {
      const { page } = await open(p, 390, 844);
      const lab = await labAtTop(page, scenario, nth);
      const visibleLanes = () => lab.locator('.lab-cpu:visible').count();
      expect(await visibleLanes()).toBe(1);
      const chips = lab.locator('.lab-chip');
      expect(await chips.count()).toBe(cpusOf(scenario));
      const other = cpusOf(scenario) > 1 ? 1 : 0;
      await chips.nth(other).press('Enter');
      expect(await visibleLanes()).toBe(1);
      const shown = lab.locator('.lab-cpu:visible');
      expect(await shown.getAttribute('data-cpu')).toBe(
        (scenarios.find((s) => s.id === scenario) as Scenario).cpus[other].name,
      );
      // The shown lane can step: its button, the verdict and the state strip are on screen; the
      // strip, pinned to the window's bottom edge, carries the verdict's headline and the lock.
      expect(await outside(page, shown.locator('.lab-step'), 'Step')).toBe('');
      expect(await outside(page, verdictOf(lab), 'the verdict')).toBe('');
      const strip = lab.locator('.lab-mini');
      expect(await outside(page, strip, 'the state strip')).toBe('');
      const headline = await verdictOf(lab).locator('.lab-verdict-label').textContent();
      expect(await strip.locator('.lab-mini-verdict').textContent()).toBe(headline);
      expect(await strip.textContent()).toMatch(/balloon_pages_lock (free|CPU [A-Z])/);
      await page.context().close();
    },
  );
});

describe('the shipped race on lesson 6, by keyboard alone at 1280×800', () => {
  it('keeps both lanes and the verdict in view, draws P torn out, says the cause, replays it under the patch', async () => {
    const { page, problems } = await open(LESSON6, 1280, 800);
    const race = scenarios.find((s) => s.id === 'isolate-vs-deflate') as Scenario;
    // Tab to "Jump to the lab", follow it, then Tab on to Step A.
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    for (let i = 0; i < 80 && (await focused()) !== 'Jump to the lab'; i++)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe('Jump to the lab');
    await page.keyboard.press('Enter');
    const lab = page.locator('[data-widget="lab"][data-scenario="isolate-vs-deflate"]').first();
    await lab.locator('.lab-live').waitFor();
    let tabs = 0;
    for (; tabs < 40 && (await focused()) !== 'Step A'; tabs++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Step A');
    console.log(`lesson 6: Step A is ${tabs} Tab presses after "Jump to the lab"`);
    for (const [i, cpu] of RACE.entries()) {
      await page.keyboard.press(String(race.cpus.findIndex((c) => c.name === cpu) + 1));
      await expect.poll(() => lab.getByLabel('Timeline').inputValue()).toBe(String(i + 1));
      expect(await stageOutside(page, lab), `after step ${i + 1}`).toEqual([]);
    }
    expect(await verdictOf(lab).getAttribute('data-verdict')).toBe('violation');
    // The torn-out page, drawn where B still counts it, and in view.
    const torn = lab.locator('svg.lab-picture [data-torn-page="P"]');
    expect(await torn.count()).toBe(1);
    expect(await outside(page, torn, 'the torn-out page')).toBe('');
    expect(await lab.locator('svg.lab-picture').getAttribute('aria-label')).toMatch(/torn out/);
    // The cause, naming the stale read, inside the 1280×800 viewport beside the verdict.
    const cause = lab.locator('.lab-cause');
    await cause.waitFor();
    expect(await cause.innerText()).toMatch(/read page->private = b without balloon_pages_lock/);
    expect(await outside(page, cause.locator('.lab-cause-steps'), 'the cause')).toBe('');
    // The patched replay, computed here from the model, says where the patched code stops.
    const patched = replay(
      race,
      { balloon: 'patched', core: 'core-page-lock' },
      scheduleFromNames(race, RACE),
    );
    const stop = (patched.stoppedAt?.index ?? -1) + 1;
    expect(stop).toBeGreaterThan(0);
    await lab.getByRole('button', { name: /Replay this schedule under the patched code/ }).focus();
    await page.keyboard.press('Enter');
    const result = lab.locator('.lab-fix-result');
    await expect
      .poll(() => result.innerText())
      .toMatch(new RegExp(`stops at step ${stop} of ${RACE.length}`));
    expect(await result.innerText()).toMatch(/spinning on balloon_pages_lock/);
    // A cause step scrubs the lab there.
    const first = lab.locator('.lab-cause-jump').first();
    const to = (await first.innerText()).replace(/\D/g, '');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => lab.getByLabel('Timeline').inputValue()).toBe(to);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/** Plays the shipped race on lesson 6's first lab by keyboard and returns the lab. */
async function playRace(page: Page): Promise<Locator> {
  const lab = await labAtTop(page, 'isolate-vs-deflate');
  const race = scenarioOf('isolate-vs-deflate');
  await lab.locator('.lab-step').first().focus();
  for (const cpu of RACE)
    await page.keyboard.press(String(race.cpus.findIndex((c) => c.name === cpu) + 1));
  await expect.poll(() => lab.getByLabel('Timeline').inputValue()).toBe(String(RACE.length));
  return lab;
}

describe('the lock-aware timeline', () => {
  it('has a row per step with who holds balloon_pages_lock, and a row scrubs there', async () => {
    const { page, problems } = await open(LESSON6, 1280, 800);
    const lab = await playRace(page);
    const rows = lab.locator('.lab-swim tbody tr');
    await expect.poll(() => rows.count()).toBe(RACE.length + 1);
    // From the model: the first step at which B holds balloon_pages_lock, and A is spinning.
    const race = scenarioOf('isolate-vs-deflate');
    const tape = replay(
      race,
      { balloon: 'no-page-lock', core: 'core-page-lock' },
      scheduleFromNames(race, RACE),
    );
    const held = tape.snapshots.findIndex((s) => s.spinHolder === 1);
    expect(held).toBeGreaterThan(0);
    const row = lab.locator(`.lab-swim tbody tr[data-step="${held}"]`);
    const [a, b] = await row.locator('td').all();
    expect(await b.innerText()).toMatch(/◆ takes balloon_pages_lock/);
    expect(await b.locator('.lab-swim-bar[data-kind="spinlock"]').count()).toBe(1);
    expect(await a.innerText()).toMatch(/⟳ spinning/);
    // A click on the row (not its button) scrubs the lab there; so does the step's button by key.
    await a.click();
    await expect.poll(() => lab.getByLabel('Timeline').inputValue()).toBe(String(held));
    expect(await row.getAttribute('aria-current')).toBe('step');
    await lab.getByRole('button', { name: 'Step 3', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => lab.getByLabel('Timeline').inputValue()).toBe('3');
    expect(await lab.locator('.lab-swim tbody tr.lab-undone').count()).toBe(RACE.length - 3);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('focus mode', () => {
  it('fills the window with the lab, keeps Tab inside it, and Esc returns focus to its button', async () => {
    const { page, problems } = await open(LESSON6, 1280, 800);
    const lab = await labAtTop(page, 'isolate-vs-deflate');
    const toggle = lab.getByRole('button', { name: 'Focus mode' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const box = (await lab.boundingBox())!;
    expect([box.x, box.y, box.width, box.height].map(Math.round)).toEqual([0, 0, 1280, 800]);
    expect(
      await page.evaluate(
        () => document.querySelector('header.header')?.closest('[inert]') !== null,
      ),
    ).toBe(true);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await lab.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    expect(await lab.locator('.lab-narration').innerText()).toMatch(/Focus mode.*Esc/);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
    expect((await lab.boundingBox())!.width).toBeLessThan(1280);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    [390, 844],
    [1280, 800],
  ])('at %i×%i the button and "Esc returns" never cover the lab’s title', async (width, height) => {
    const { page, problems } = await open(LESSON6, width, height);
    const lab = await labAtTop(page, 'isolate-vs-deflate');
    await lab.getByRole('button', { name: 'Focus mode' }).click();
    await lab.locator('.lab-focus-hint').waitFor();
    // Each line box of the title's text against the controls' box (the title's own box spans
    // the row, the room kept for the controls included).
    const overlaps = await lab.evaluate((el) => {
      const controls = el.querySelector('.lab-focus')!.getBoundingClientRect();
      const text = document.createRange();
      text.selectNodeContents(el.querySelector('.bl-widget-title')!);
      return [...text.getClientRects()]
        .filter((r) => r.left < controls.right && r.right > controls.left)
        .filter((r) => r.top < controls.bottom && r.bottom > controls.top)
        .map((r) => `${Math.round(r.left)}–${Math.round(r.right)}`);
    });
    expect(overlaps).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('Predict: continue this paused run in the lab', () => {
  it('opens the lesson’s lab at the paused step, under the same code', async () => {
    const lesson = '/lessons/the-old-code-in-the-lab/';
    const { page, problems } = await open(lesson, 1280, 800);
    const predict = page.locator('[data-widget="predict"]').first();
    // The island is at the widget's foot, under the paused run's tables: scroll to it to wake it.
    await predict.locator('.choice-static').scrollIntoViewIfNeeded();
    await predict.locator('input').first().check();
    await predict.getByRole('button', { name: /Check/ }).click();
    const link = predict.getByRole('link', { name: 'Continue this paused run in the lab' });
    const href = (await link.getAttribute('href'))!;
    // The model's codec, read back: the run it opens and the step it stops at.
    const run = decodeEntry(decodeURIComponent(href.replace(/^#lab=/, '')))!;
    expect(run.schedule.length).toBeGreaterThan(0);
    expect(await predict.innerText()).toContain(`opens after step ${run.schedule.length}`);
    await link.click();
    const lab = page.locator(`[data-widget="lab"][data-scenario="${run.scenario}"]`).first();
    await expect
      .poll(() => lab.getByLabel('Timeline').inputValue())
      .toBe(String(run.schedule.length));
    expect(await lab.getByLabel('Balloon code', { exact: true }).inputValue()).toBe(run.balloon);
    expect(await lab.getByLabel('Migration core', { exact: true }).inputValue()).toBe(run.core);
    expect(await outside(page, lab.locator('.lab-step').first(), 'Step A')).toBe('');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe.each(THEMES)('axe on the stage, %s theme', (theme) => {
  it('lesson 6 at the start, after the race (cause, patched replay, timeline), in focus mode', async () => {
    const { page, problems } = await open(LESSON6, 1280, 800, theme);
    await labAtTop(page, 'isolate-vs-deflate');
    let violations = await runAxe(page);
    expect(describeViolations(violations), formatViolations(violations)).toEqual([]);
    const lab = await playRace(page);
    await lab.locator('.lab-cause').waitFor();
    await lab.locator('.lab-swim').waitFor();
    await lab.getByRole('button', { name: /Replay this schedule/ }).press('Enter');
    await lab.locator('.lab-fix-result:not(:empty)').waitFor();
    violations = await runAxe(page);
    expect(describeViolations(violations), formatViolations(violations)).toEqual([]);
    await lab.getByRole('button', { name: 'Focus mode' }).click();
    violations = await runAxe(page);
    expect(describeViolations(violations), formatViolations(violations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
    // Three axe runs over a lesson page with a live lab: on a loaded machine each takes many seconds.
  }, 180_000);
});
