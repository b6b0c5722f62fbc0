// Nothing a learner saved is lost: with unreadable or newer data in localStorage, every write path
// (reaching the end of a lesson, answering a quiz, "Save to notebook", importing a notebook file)
// keeps the original bytes, aside or in place; after a reload the progress and notebook pages
// show the notice and offer the bytes as a download. Progress in the previous format is migrated
// without losing an entry. Plus: the notebook page does not shift.
import { readFile } from 'node:fs/promises';
import { allChallenges } from '../../src/scenarios/challenges';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSite,
  collectProblems,
  expectNoAxe,
  newPage,
  openSite,
  type Site,
  type Theme,
} from './lib/site';

const PROGRESS_KEY = 'balloon-lab:progress';
const NOTEBOOK_KEY = 'balloon-lab:notebook';
const kept = (key: string) => `${key}:kept-aside`;
const run = (id: string) => ({
  id,
  scenario: 'isolate-vs-deflate',
  balloon: 'no-page-lock',
  core: 'core-page-lock',
  schedule: ['A', 'B'],
  note: `note ${id}`,
  savedAt: '2025-01-02T03:04:05.000Z',
});

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** A page whose storage holds `seed` exactly once (reloads keep what the page stored since). */
async function seeded(seed: Record<string, string>, theme: Theme = 'light') {
  const page = await newPage(site, theme);
  const problems = collectProblems(page);
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, Object.entries(seed));
  return { page, problems };
}

const raw = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

async function download(page: Page, button: RegExp): Promise<string> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).first().click(),
  ]);
  return readFile((await file.path()) as string, 'utf8');
}

/** Scrolls to the end of a lesson, where it counts as read, and returns what the marker says. */
async function readToTheEnd(page: Page, lesson: string): Promise<string> {
  await page.goto(`/lessons/${lesson}/`, { waitUntil: 'networkidle' });
  const marker = page.locator('[data-lesson-read]');
  await marker.scrollIntoViewIfNeeded();
  const status = marker.locator('.lesson-read-status');
  await status.filter({ hasText: /\S/ }).waitFor();
  return status.innerText();
}

/** Answers the first quiz of the quiz showcase and returns the live region's text. */
async function answerQuiz(page: Page): Promise<string> {
  await page.goto('/widgets/quiz/', { waitUntil: 'networkidle' });
  const quiz = page.locator('[data-widget="quiz"]').first();
  await quiz.scrollIntoViewIfNeeded();
  await quiz.getByRole('radio').first().check();
  await quiz.getByRole('button', { name: /^Check/ }).click();
  const status = quiz.getByRole('status');
  await status.filter({ hasText: /\S/ }).waitFor();
  return status.innerText();
}

/** Presses "Save to notebook" in the lab showcase and returns the lab's narration. */
async function saveToNotebook(page: Page): Promise<string> {
  await page.goto('/widgets/lab/', { waitUntil: 'networkidle' });
  const lab = page.locator('[data-widget="lab"]').first();
  await lab.scrollIntoViewIfNeeded();
  await lab.locator('.lab-live').waitFor();
  await lab.getByRole('button', { name: 'Save to notebook' }).click();
  const said = lab.locator('.lab-narration');
  await said.filter({ hasText: /notebook|saved/i }).waitFor();
  // Let the lab's lazily loaded code settle before the test navigates away.
  await page.waitForLoadState('networkidle');
  return said.innerText();
}

describe('progress that cannot be read', () => {
  it('truncated JSON: reading a lesson and a quiz keep the bytes aside; the page offers them', async () => {
    const broken = '{"version":1,"lessonsRead":["memory-ballooning","compaction-and-mov';
    const { page, problems } = await seeded({ [PROGRESS_KEY]: broken });
    expect(await readToTheEnd(page, 'memory-ballooning')).toMatch(/exact copy is kept aside/);
    await answerQuiz(page);
    await page.goto('/progress/', { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    expect(await raw(page, kept(PROGRESS_KEY))).toBe(broken);
    const fresh = JSON.parse((await raw(page, PROGRESS_KEY))!);
    expect(fresh.lessonsRead).toEqual(['memory-ballooning']);
    expect(Object.keys(fresh.quizzes)).toHaveLength(1);
    const panel = page.getByRole('region', { name: 'Saved data this page could not use' });
    expect(await panel.innerText()).toContain(kept(PROGRESS_KEY));
    expect(await download(page, /^Download balloon-lab:progress:kept-aside/)).toBe(broken);
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a newer version: nothing is written over it, and the page says so', async () => {
    const newer = JSON.stringify({
      version: 3,
      lessonsRead: ['memory-ballooning', 'the-fix', 'why-finalize-moved'],
      challengesSolved: [],
      quizzes: {},
    });
    const { page, problems } = await seeded({ [PROGRESS_KEY]: newer });
    expect(await readToTheEnd(page, 'memory-ballooning')).toMatch(/newer version.*read-only/);
    expect(await answerQuiz(page)).toMatch(/Not saved\. .*newer version/);
    await page.goto('/progress/', { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    expect(await raw(page, PROGRESS_KEY)).toBe(newer);
    expect(await page.locator('.progress-status-region').innerText()).toMatch(/newer version/);
    expect(await download(page, /^Download it/)).toBe(newer);
    await page.getByRole('button', { name: 'Set it aside and start afresh' }).click();
    expect(await raw(page, kept(PROGRESS_KEY))).toBe(newer);
    expect(await readToTheEnd(page, 'the-fix')).toMatch(/Marked as read/);
    expect(JSON.parse((await raw(page, PROGRESS_KEY))!).lessonsRead).toEqual(['the-fix']);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('progress saved by the previous version (format 1)', () => {
  it('is migrated: a solve adds its time and count, every old entry stays, the page lists it', async () => {
    const c = allChallenges().find((x) => x.parSchedule)!;
    const old = {
      version: 1,
      lessonsRead: ['memory-ballooning'],
      challengesSolved: ['lab:isolate-vs-deflate:no-page-lock', c.key],
      quizzes: { 'l4-why-skip': true },
    };
    const { page, problems } = await seeded({ [PROGRESS_KEY]: JSON.stringify(old) });
    await page.goto('/progress/', { waitUntil: 'networkidle' });
    const item = page.locator(`.progress-challenges > li[data-challenge="${c.key}"]`);
    await item.locator('.progress-status').waitFor();
    // Solved in version 1, which kept no count: solved, with no best shown.
    expect(await item.innerText()).toMatch(/✓ Solved$/);
    expect(await raw(page, PROGRESS_KEY)).toBe(JSON.stringify(old));

    expect(await readToTheEnd(page, 'the-fix')).toMatch(/Marked as read/);
    const stored = JSON.parse((await raw(page, PROGRESS_KEY))!);
    expect(stored).toEqual({
      version: 2,
      lessonsRead: ['memory-ballooning', 'the-fix'],
      challenges: { 'lab:isolate-vs-deflate:no-page-lock': {}, [c.key]: {} },
      quizzes: { 'l4-why-skip': true },
    });
    expect(await raw(page, kept(PROGRESS_KEY))).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('a notebook that cannot be read in full', () => {
  it('one malformed run of three: saving and importing keep the valid runs and the bytes', async () => {
    const broken = JSON.stringify({ version: 1, entries: [run('r1'), { id: 'bad' }, run('r3')] });
    const { page, problems } = await seeded({ [NOTEBOOK_KEY]: broken });
    expect(await saveToNotebook(page)).toMatch(/^Saved to your notebook: .*1 malformed run/);
    await page.goto('/notebook/', { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    expect(await raw(page, kept(NOTEBOOK_KEY))).toBe(broken);
    await page.locator('article.notebook-run').first().waitFor();
    expect(await page.locator('article.notebook-run').count()).toBe(3);
    const panel = page.getByRole('region', { name: 'Saved data this page could not use' });
    expect(await panel.innerText()).toContain(kept(NOTEBOOK_KEY));

    await page.locator('input[type="file"]').setInputFiles({
      name: 'one.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, entries: [run('r9')] })),
    });
    const status = page.locator('.notebook-status');
    await status.filter({ hasText: 'Imported' }).waitFor();
    expect(await status.innerText()).toBe('Imported 1 run: 1 new, 0 replaced.');
    await page.reload({ waitUntil: 'networkidle' });
    const ids = JSON.parse((await raw(page, NOTEBOOK_KEY))!).entries.map(
      (e: { id: string }) => e.id,
    );
    expect(ids).toEqual(['r1', 'r3', expect.any(String), 'r9']);
    expect(await download(page, /^Download balloon-lab:notebook:kept-aside/)).toBe(broken);
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a version-2 notebook: "Save to notebook" refuses, the page is read-only and exports it', async () => {
    const newer = JSON.stringify({ version: 2, runs: [run('r1'), run('r2'), run('r3')] });
    const { page, problems } = await seeded({ [NOTEBOOK_KEY]: newer });
    expect(await saveToNotebook(page)).toMatch(/^Not saved\. .*newer version/);
    await page.goto('/notebook/', { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    expect(await raw(page, NOTEBOOK_KEY)).toBe(newer);
    expect(await page.locator('.notebook-status').innerText()).toMatch(/newer version/);
    expect(await page.locator('input[type="file"]').isDisabled()).toBe(true);
    expect(await download(page, /^Download it/)).toBe(newer);
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('the notebook page keeps its layout while it loads', () => {
  it.each([
    ['empty', {}],
    ['with a saved run', { [NOTEBOOK_KEY]: JSON.stringify({ version: 1, entries: [run('r1')] }) }],
  ])('%s: no layout shift, desktop and phone', async (_, seed) => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      expect(await shiftsOnLoad(seed, size)).toEqual([]);
    }
  });
});

/** Every layout-shift entry's value while /notebook/ loads and turns live, at one viewport. */
async function shiftsOnLoad(seed: Record<string, string>, size: { width: number; height: number }) {
  const { page } = await seeded(seed);
  await page.setViewportSize(size);
  await page.addInitScript(() => {
    // Each shift with what moved, so a failure names the element (value alone says nothing).
    const w = window as unknown as { shifts: string[] };
    w.shifts = [];
    type Shift = PerformanceEntry & { value: number; sources: { node?: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        // Starlight's sidebars (outside <main>) sometimes settle after first paint on any page
        // of this site; what this test guards is the page's content, the notebook and below.
        const main = document.querySelector('main');
        const moved = e.sources
          .filter((s) => s.node && main?.contains(s.node))
          .map((s) => `${s.node!.nodeName.toLowerCase()}.${(s.node as Element).className ?? ''}`);
        if (moved.length > 0) w.shifts.push(`${e.value.toFixed(4)}: ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/notebook/', { waitUntil: 'networkidle' });
  await page.locator('.notebook[data-ready]').waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
  await page.context().close();
  return shifts;
}
