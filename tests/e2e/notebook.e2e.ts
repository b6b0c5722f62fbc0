// The learner's notebook and progress pages with data in localStorage: listed, exported as
// downloads, a corrupt import refused with a notice, a valid one merged or confirmed; axe in both
// themes with data on the page.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSite,
  collectProblems,
  newPage,
  openSite,
  THEMES,
  type Site,
  type Theme,
  expectNoAxe,
} from './lib/site';

const NOTEBOOK_KEY = 'balloon-lab:notebook';
const PROGRESS_KEY = 'balloon-lab:progress';
const RACE = ['A', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'A', 'A'];
const run = (id: string, note: string) => ({
  id,
  scenario: 'isolate-vs-deflate',
  balloon: 'no-page-lock',
  core: 'core-page-lock',
  schedule: RACE,
  note,
  savedAt: '2025-01-02T03:04:05.000Z',
});
const SEEDED = { version: 1, entries: [run('run-1', 'A unlinks P from B’s list')] };

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** Opens a page with `key` seeded once (a reload keeps whatever the page stored since). */
async function openSeeded(path: string, theme: Theme, key: string, value: unknown) {
  const page = await newPage(site, theme);
  const problems = collectProblems(page);
  await page.addInitScript(([k, v]) => localStorage.getItem(k) ?? localStorage.setItem(k, v), [
    key,
    JSON.stringify(value),
  ] as const);
  await page.goto(path, { waitUntil: 'networkidle' });
  return { page, problems };
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return {
    name: file.suggestedFilename(),
    text: await readFile((await file.path()) as string, 'utf8'),
  };
}

const stored = (page: Page, key: string) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);
const status = (page: Page) => page.locator('[data-widget] [role="status"]');

describe.each(THEMES)('notebook, %s theme', (theme) => {
  it('lists a saved run, exports it, refuses a corrupt import and merges a valid one', async () => {
    const { page, problems } = await openSeeded('/notebook/', theme, NOTEBOOK_KEY, SEEDED);
    const card = page.locator('article.notebook-run');
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.getByRole('heading').innerText()).toBe(
      'Compaction isolates P while the driver deflates',
    );
    expect(await card.getByLabel('Note').inputValue()).toBe('A unlinks P from B’s list');
    expect(await card.getByRole('link', { name: /^Open in the lab/ }).getAttribute('href')).toMatch(
      /#lab=isolate-vs-deflate~no-page-lock~core-page-lock~A\.A\.A\.A\.A\.B(\.B){8}\.A\.A$/,
    );
    expect(await card.innerText()).toContain('Violation (list-corruption)');
    await card.locator('summary').click();
    expect(await card.locator('tbody tr').count()).toBe(RACE.length);
    await expectNoAxe(page);

    const json = await download(page, 'Export as JSON');
    expect(json.name).toBe('balloon-lab-notebook.json');
    expect(JSON.parse(json.text)).toEqual(SEEDED);
    const md = await download(page, 'Export as Markdown');
    expect(md.name).toBe('balloon-lab-notebook.md');
    expect(md.text).toMatch(/^# Balloon Lab notebook\n/);
    expect(md.text).toContain('## Compaction isolates P while the driver deflates');
    expect(md.text).toContain('| # | CPU | Code | What happened |');

    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1, "entr'),
    });
    await status(page).filter({ hasText: 'ignored' }).waitFor();
    expect(await status(page).innerText()).toBe(
      'That file was ignored (not readable JSON). Your notebook is unchanged.',
    );
    expect(await stored(page, NOTEBOOK_KEY)).toEqual(SEEDED);
    expect(await card.count()).toBe(1);

    const more = { version: 1, entries: [run('run-2', 'second'), run('run-1', 'replaced')] };
    await input.setInputFiles({
      name: 'more.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(more)),
    });
    await status(page).filter({ hasText: 'Imported' }).waitFor();
    expect(await status(page).innerText()).toBe('Imported 2 runs: 1 new, 1 replaced.');
    expect((await stored(page, NOTEBOOK_KEY)).entries.map((e: { note: string }) => e.note)).toEqual(
      ['replaced', 'second'],
    );
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('edits a note and deletes a run by keyboard, down to the empty state', async () => {
    const { page } = await openSeeded('/notebook/', theme, NOTEBOOK_KEY, SEEDED);
    const note = page.getByLabel('Note');
    await note.fill('my own words');
    // Stored once typing pauses, not on every keystroke.
    await expect
      .poll(async () => (await stored(page, NOTEBOOK_KEY)).entries[0].note)
      .toBe('my own words');
    await page.getByRole('button', { name: /^Delete/ }).press('Enter');
    await status(page).filter({ hasText: 'Deleted' }).waitFor();
    expect(await page.locator('#saved-runs').evaluate((h) => h === document.activeElement)).toBe(
      true,
    );
    expect(await page.locator('.notebook-empty').innerText()).toMatch(/^No saved runs yet/);
    expect(await stored(page, NOTEBOOK_KEY)).toEqual({ version: 1, entries: [] });
    await expectNoAxe(page);
    await page.context().close();
  });
});

describe('a big notebook import', () => {
  it('says how many runs it has checked while it works, then what it did', async () => {
    const { page, problems } = await openSeeded('/notebook/', 'light', NOTEBOOK_KEY, SEEDED);
    await page.locator('.notebook[data-ready]').waitFor();
    // Every text the live region shows, in order, recorded as the page changes it.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const region = document.querySelector('.notebook-status')!;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const runs = Array.from({ length: 2500 }, (_, i) => run(`big-${i}`, ''));
    await page.locator('input[type="file"]').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, entries: runs })),
    });
    await status(page).filter({ hasText: 'Imported' }).waitFor();
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said.filter((s) => s.startsWith('Importing: checked'))).toEqual([
      'Importing: checked 1,000 of 2,500 runs…',
      'Importing: checked 2,000 of 2,500 runs…',
      'Importing: checked 2,500 of 2,500 runs…',
    ]);
    expect(said.at(-1)).toBe('Imported 2,500 runs: 2,500 new, 0 replaced.');
    expect((await stored(page, NOTEBOOK_KEY)).entries).toHaveLength(2501);
    expect(await page.locator('#saved-runs').innerText()).toMatch(/^Saved runs \(2,501\)/);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('notebook without JavaScript', () => {
  it('says that saved runs need JavaScript', async () => {
    const page = await newPage(site, 'light', { javaScript: false });
    await page.goto('/notebook/');
    const text = await page.locator('[data-widget="notebook"]').innerText();
    expect(text).toMatch(
      /^Export as Markdown\s+Export as JSON\s+Import JSON\s+Saved runs\s+(Section titled “Saved runs”\s+)?No saved runs yet/,
    );
    expect(text).toMatch(/This page needs JavaScript to read them from your browser\.$/);
    await page.context().close();
  });
});

const PROGRESS = {
  version: 1,
  lessonsRead: ['memory-ballooning'],
  challengesSolved: ['lab:x'],
  quizzes: { q1: false },
};
const MIGRATED = {
  version: 2,
  lessonsRead: ['memory-ballooning'],
  challenges: { 'lab:x': {} },
  quizzes: { q1: false },
};

describe.each(THEMES)('progress page, %s theme', (theme) => {
  it('shows progress, exports it, refuses a foreign file, imports after confirmation, clears', async () => {
    const { page, problems } = await openSeeded('/progress/', theme, PROGRESS_KEY, PROGRESS);
    const lesson = page.locator('.sl-heading-wrapper:has(#lessons) ~ ol li').first();
    await lesson.filter({ hasText: 'Read' }).waitFor();
    expect(await lesson.innerText()).toMatch(/✓ Read$/);
    expect(await page.locator('.sl-heading-wrapper:has(#quizzes) + ul').innerText()).toContain(
      'First answer was wrong',
    );
    await expectNoAxe(page);

    const json = await download(page, 'Export progress');
    expect(json.name).toBe('balloon-lab-progress.json');
    // The seed is version 1: the export is the same progress migrated to version 2.
    expect(JSON.parse(json.text)).toEqual(MIGRATED);

    const input = page.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'nb.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(SEEDED)),
    });
    await status(page).filter({ hasText: 'ignored' }).waitFor();
    expect(await stored(page, PROGRESS_KEY)).toEqual(PROGRESS);

    const other = {
      version: 1,
      lessonsRead: ['the-fix', 'fake-lesson'],
      challengesSolved: ['lab:fake:patched'],
      quizzes: { 'l4-why-skip': true, 'fake-quiz': false },
    };
    await input.setInputFiles({
      name: 'p.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(other)),
    });
    const confirm = page.getByRole('group', { name: /Replace your progress/ });
    await confirm.waitFor();
    // Ids that exist nowhere in the course are named and left out, not counted.
    expect(await confirm.locator('p').innerText()).toBe(
      'Replace your progress with the imported file (1 lesson read, 0 challenges solved, 1 quiz answered, 0 predictions made)? Ignored 3 ids this course does not have: lesson “fake-lesson”, challenge “lab:fake:patched”, quiz “fake-quiz”.',
    );
    await expectNoAxe(page);
    expect(await stored(page, PROGRESS_KEY)).toEqual(PROGRESS);
    await confirm.getByRole('button', { name: 'Replace my progress' }).press('Enter');
    await status(page).filter({ hasText: 'replaced' }).waitFor();
    expect(await stored(page, PROGRESS_KEY)).toEqual({
      version: 2,
      lessonsRead: ['the-fix'],
      challenges: {},
      quizzes: { 'l4-why-skip': true },
    });

    await page.getByRole('button', { name: 'Clear progress' }).click();
    await page.getByRole('button', { name: 'Clear my progress' }).click();
    await status(page).filter({ hasText: 'cleared' }).waitFor();
    expect(await stored(page, PROGRESS_KEY)).toEqual({
      version: 2,
      lessonsRead: [],
      challenges: {},
      quizzes: {},
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
