// The campaign in a real browser. Every shipped challenge is solved from its par schedule (read
// from the build's own list, src/scenarios/challenges.ts) in the lab that poses it: the victory
// banner counts the steps against par, progress records the solve, and the progress page and the
// sidebar show it. Then: a goal met past its step limit does not count; the impossible
// challenge's proof quotes the same number of states as the checker it links to; a hint at a
// state the goal can no longer be reached from says so and undoes; the home page's race is played
// from a first visit. Axe in the banner and hint states, light and dark.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignInfo } from '../../src/components/lib/challenge';
import type { BuiltChallenge } from '../../src/model';
import { allChallenges } from '../../src/scenarios/challenges';
import { loadScenarios } from '../../src/scenarios/load';
import { longSolve } from './challenge-runs';
import {
  closeSite,
  collectProblems,
  expectNoAxe,
  newPage,
  openSite,
  THEMES,
  type Site,
  type Theme,
} from './lib/site';

const PROGRESS_KEY = 'balloon-lab:progress';
const CHALLENGES = allChallenges();
const HREF = new Map(campaignInfo().map((c) => [c.key, c.href]));
const solvable = CHALLENGES.filter((c) => c.parSchedule);
const impossible = CHALLENGES.filter((c) => c.goal.kind === 'impossible');

let site: Site;
let visits = 0;
/** Lesson pages with several labs and a checker take a while to load and check on 2 busy cores. */
const SLOW = 180_000;
/** The lab under test (axe runs over it alone: a lesson with several labs takes a minute whole). */
const LAB = '[data-widget="lab"]:has(.lab-challenge)';
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** The lab that poses `c` on the page, live (its island woke once scrolled into view). */
async function openChallenge(page: Page, c: BuiltChallenge): Promise<Locator> {
  const href = HREF.get(c.key)!;
  // A fresh document each time (a query makes it one even on the same page), so two challenges
  // on one page never share a run.
  await page.goto(href.replace('#', `?visit=${++visits}#`), { waitUntil: 'networkidle' });
  const anchor = href.split('#')[1];
  const lab = page.locator('[data-widget="lab"]', { has: page.locator(`[id="${anchor}"]`) });
  await lab.scrollIntoViewIfNeeded();
  await lab.locator('.lab-live').waitFor();
  return lab;
}

/** Presses Step <cpu> for each CPU name, in order, and waits until the run has them all. */
async function play(lab: Locator, schedule: readonly string[]): Promise<void> {
  for (const cpu of schedule) {
    await lab.getByRole('button', { name: `Step ${cpu}`, exact: true }).click();
  }
  const n = schedule.length;
  await lab
    .getByLabel('Timeline')
    .and(lab.locator(`[aria-valuetext="step ${n} of ${n}"]`))
    .waitFor();
}

const stored = async (page: Page) =>
  JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)) ?? 'null');

const banner = (lab: Locator) => lab.locator('.lab-challenge-status .lab-banner');

describe('the campaign: every challenge solved from its par schedule', () => {
  it(`solves all ${solvable.length} solvable challenges, records each, lists them`, async () => {
    expect(solvable.length).toBeGreaterThan(0);
    const page = await newPage(site, 'light');
    const problems = collectProblems(page);
    for (const c of solvable) {
      const lab = await openChallenge(page, c);
      expect(await lab.locator('.lab-goal-title').innerText()).toContain(c.title);
      await play(lab, c.parSchedule!);
      const won = banner(lab).filter({ hasText: 'Solved in' });
      await won.waitFor();
      expect(await won.locator('.lab-victory-title').innerText(), c.key).toBe(
        `★ Solved in ${c.par} ${c.par === 1 ? 'step' : 'steps'} — the shortest possible.`,
      );
      const next = CHALLENGES[CHALLENGES.indexOf(c) + 1];
      if (next) {
        const link = won.getByRole('link', { name: `Next challenge: ${next.title}` });
        expect(await link.getAttribute('href')).toBe(HREF.get(next.key));
      }
      // The banner says it while the run is the victory; one step back, the title keeps the mark.
      expect(await lab.locator('.lab-goal-solved').count()).toBe(0);
      await lab.getByRole('button', { name: 'Undo', exact: true }).click();
      await lab.locator('.lab-goal-solved').waitFor();
      const record = (await stored(page)).challenges[c.key];
      expect(record.bestSteps, c.key).toBe(c.par);
      expect(Date.parse(record.firstSolvedAt)).not.toBeNaN();
    }
    await page.goto('/progress/', { waitUntil: 'networkidle' });
    const items = page.locator('.progress-challenges > li');
    await items.first().locator('.progress-status').waitFor();
    expect(await items.count()).toBe(CHALLENGES.length);
    for (const [i, c] of CHALLENGES.entries()) {
      const item = items.nth(i);
      expect(await item.getAttribute('data-challenge')).toBe(c.key);
      expect(await item.getByRole('link').getAttribute('href')).toBe(HREF.get(c.key));
      if (!c.parSchedule) continue;
      expect(await item.innerText()).toMatch(
        new RegExp(`par ${c.par} steps\\)\\s+✓ Solved · your best: ${c.par} steps, par$`),
      );
    }
    // The sidebar marks every lesson whose labs' challenges are all solved now.
    const lessons = new Set(solvable.map((c) => HREF.get(c.key)!.split('#')[0]));
    const unsolved = new Set(impossible.map((c) => HREF.get(c.key)!.split('#')[0]));
    for (const href of lessons) {
      const mark = page.locator(`#starlight__sidebar a[href="${href}"] .sidebar-solved`);
      expect(await mark.count(), href).toBe(unsolved.has(href) ? 0 : 1);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  }, 300_000);
});

describe('a goal met past the step limit', () => {
  it(
    'says so, invites a shorter try and records nothing',
    async () => {
      const scenarios = loadScenarios();
      const found = CHALLENGES.flatMap((c) => {
        if (c.stepLimit === undefined || !c.parSchedule) return [];
        const s = scenarios.find((x) => x.id === c.scenario)!;
        const run = longSolve(s, c, c.stepLimit + 1);
        return run ? [{ c, run }] : [];
      })[0];
      expect(found, 'some challenge has a solving run longer than its step limit').toBeDefined();
      const { c, run } = found!;
      const page = await newPage(site, 'light');
      const lab = await openChallenge(page, c);
      await play(lab, run);
      const over = banner(lab).filter({ hasText: 'Goal reached in' });
      await over.waitFor();
      expect(await over.innerText()).toContain(
        `Goal reached in ${run.length} steps, but this challenge allows at most ${c.stepLimit}, so it does not count yet.`,
      );
      expect((await stored(page))?.challenges?.[c.key]).toBeUndefined();
      await over.getByRole('button', { name: 'Start a shorter try' }).click();
      await over.waitFor({ state: 'detached' });
      await page.context().close();
    },
    SLOW,
  );
});

describe.each(THEMES)('%s theme', (theme: Theme) => {
  it(
    'the impossible challenge offers its proof, with the checker’s own numbers',
    async () => {
      expect(impossible.length).toBeGreaterThanOrEqual(1);
      const c = impossible[0];
      const page = await newPage(site, theme);
      const problems = collectProblems(page);
      const lab = await openChallenge(page, c);
      await lab.getByRole('button', { name: 'Show the proof' }).click();
      const proof = banner(lab).filter({ hasText: 'no schedule can' });
      await proof.waitFor();
      const states = /0 of ([\d,]+) reachable states break an invariant — no schedule can\./.exec(
        await proof.innerText(),
      )?.[1];
      expect(states).toBeDefined();
      await expectNoAxe(page, LAB);
      expect((await stored(page)).challenges[c.key].firstSolvedAt).toBeTruthy();

      const link = proof.getByRole('link', { name: /^See the checker prove it/ });
      const href = (await link.getAttribute('href'))!;
      await page.goto(href, { waitUntil: 'networkidle' });
      const checker = page.locator('[data-widget="checker"]', {
        has: page.locator(`[id="${href.split('#')[1]}"]`),
      });
      const button = checker.getByRole('button', { name: 'Check every interleaving' });
      await button.scrollIntoViewIfNeeded();
      await button.click({ trial: true });
      await button.press('Enter');
      const live = checker.locator('[role="status"][data-source="live"]');
      await live.waitFor();
      expect(await live.innerText()).toContain(`Safe: 0 of ${states} reachable states`);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'a hint at a state the goal cannot be reached from says so, and undoes to where it can',
    async () => {
      const c = CHALLENGES.find((x) => x.goal.kind === 'break' && x.parSchedule)!;
      const page = await newPage(site, theme);
      const problems = collectProblems(page);
      const lab = await openChallenge(page, c);
      // Every CPU but the last one the par schedule needs runs to its end first.
      const lost = await lostRun(c);
      await play(lab, lost);
      const hint = lab.getByRole('button', { name: /^(Hint|Another hint)$/ });
      for (let i = 0; i <= c.hints.length; i++) await hint.click();
      const model = lab.locator('.lab-hint-model');
      await model.filter({ hasText: 'undo to' }).waitFor();
      expect(await model.innerText()).toMatch(
        new RegExp(
          `^At step ${lost.length}, the model says: From here no interleaving reaches the goal any more: undo to (the start|step \\d+)\\.`,
        ),
      );
      expect(await lab.locator('.lab-hint-list > li').count()).toBe(c.hints.length + 1);
      await expectNoAxe(page, LAB);
      const undo = model.getByRole('button', { name: /^Undo to/ });
      const to = /Undo to (?:step )?(\d+|the start)/.exec(await undo.innerText())![1];
      await undo.click();
      await model.filter({ hasText: 'still reachable' }).waitFor();
      expect(await model.innerText()).toMatch(
        new RegExp(
          `^At ${to === 'the start' ? 'the start' : `step ${to}`}, the model says: From here the goal is still reachable`,
        ),
      );
      expect(problems).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );

  it(
    'the home page: a first visit plays the race from its hook',
    async () => {
      const page = await newPage(site, theme);
      const problems = collectProblems(page);
      await page.goto('/', { waitUntil: 'networkidle' });
      const lab = page.locator('[data-widget="lab"]').first();
      const goal = lab.locator('.lab-challenge');
      // Above the fold at 1280×800: the goal, then the race's first Step button under it.
      await lab.locator('.lab-live').waitFor();
      const goalBox = (await goal.boundingBox())!;
      const box = (await lab.locator('.lab-step').first().boundingBox())!;
      expect(goalBox.y + goalBox.height).toBeLessThanOrEqual(box.y);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      const key = (await goal.getAttribute('id'))!;
      const c = CHALLENGES.find((x) => HREF.get(x.key)!.endsWith(`#${key}`))!;
      await play(lab, c.parSchedule!);
      const won = banner(lab).filter({ hasText: 'Solved in' });
      await won.waitFor();
      await expectNoAxe(page);
      const start = page.getByRole('link', { name: /^Start the course/ });
      expect(await start.getAttribute('href')).toMatch(/^\/lessons\/[a-z0-9-]+\/$/);
      expect(problems).toEqual([]);
      await page.context().close();
    },
    SLOW,
  );
});

/**
 * A run after which the goal is out of reach: the par schedule with its last CPU held back while
 * every other CPU runs to its end (the model confirms it is lost, so the test never guesses).
 */
async function lostRun(c: BuiltChallenge): Promise<string[]> {
  const { lostSchedule } = await import('./challenge-runs');
  const s = loadScenarios().find((x) => x.id === c.scenario)!;
  const run = lostSchedule(s, c);
  expect(run, `${c.key} has a run from which the goal is lost`).toBeDefined();
  return run!;
}
