// <Quiz> and <Predict> in a real browser, on their showcase pages: answered from the keyboard,
// the verdict in the live region, the FIRST answer in the learner's progress (a retry is labelled
// and never recorded, nor announced as "Correct"), the quiz's recorded answer back after a reload,
// axe in both themes, and the answers reachable without JavaScript.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSite,
  collectProblems,
  expectNoAxe,
  newPage,
  openSite,
  THEMES,
  visit,
  type Site,
} from './lib/site';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** The live region's text once it settles on something matching `pattern`. */
async function said(region: Locator, pattern: RegExp): Promise<string> {
  await region.filter({ hasText: pattern }).waitFor();
  return (await region.innerText()).trim();
}

/** Scrolls the island itself into view (client:visible), below the widget's state tables. */
async function hydrate(widget: Locator): Promise<void> {
  // Scrolled in the page, not through a locator: the static child is swapped for the live form
  // when the island hydrates, and a locator holding the old child would find it detached.
  await widget
    .locator('astro-island')
    .evaluate((island) => (island.firstElementChild ?? island).scrollIntoView({ block: 'center' }));
  await widget.locator('form').waitFor();
}

const QUIZ_ID = 'showcase-who-clears-private';

describe.each(THEMES)('quiz, %s theme', (theme) => {
  it('is answered by keyboard, wrong then right, announced and stored in progress', async () => {
    const { page, problems } = await visit(site, '/widgets/quiz/', theme);
    const quiz = page.locator(`[data-widget="quiz"][data-quiz-id="${QUIZ_ID}"]`);
    await quiz.scrollIntoViewIfNeeded();
    const wrong = quiz.getByRole('radio', { name: /in the middle of deflating/ });
    await wrong.waitFor();
    const status = quiz.getByRole('status');

    // Pick the wrong option with the keyboard: focus the group's first radio, arrow down.
    await quiz.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await wrong.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(
      await quiz
        .getByRole('button', { name: 'Check answer' })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Enter');
    expect(await said(status, /Incorrect/)).toMatch(/^✗\s*Incorrect\. It cannot be:/);
    expect(await quiz.locator('.choice-explain').count()).toBe(1);
    await expectNoAxe(page);

    // Back into the group (focus returns to the checked radio), up to the right one, check
    // again: a retry, labelled so, that leaves the recorded first answer alone.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const retried = await said(status, /retry/);
    expect(retried).toMatch(/^✓\s*Right on a retry\. Yes\. page->private is only cleared/);
    expect(retried).not.toMatch(/Correct/);
    expect(retried).toMatch(
      /Your first answer, “.*in the middle of deflating.*” \(wrong\), is the one recorded\.$/,
    );
    expect(await quiz.locator('.choice-explain').count()).toBe(3);
    const stored = async () =>
      JSON.parse((await page.evaluate(() => localStorage.getItem('balloon-lab:progress'))) ?? '{}');
    const progress = await stored();
    expect(progress.quizzes).toEqual({ [QUIZ_ID]: false });
    const options = await quiz
      .getByRole('radio')
      .evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    expect(options[progress.quizChoices[QUIZ_ID]]).toMatch(/in the middle of deflating/);
    await expectNoAxe(page);

    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the recorded first answer on a later visit, and the progress page lists it', async () => {
    // The state the test above leaves: the second option ("in the middle of deflating") first.
    const recorded = {
      version: 1,
      lessonsRead: [],
      challengesSolved: [],
      quizzes: { [QUIZ_ID]: false },
      quizChoices: { [QUIZ_ID]: 1 },
    };
    const page = await newPage(site, theme);
    const problems = collectProblems(page);
    await page.addInitScript(
      (v) => localStorage.setItem('balloon-lab:progress', v),
      JSON.stringify(recorded),
    );
    await page.goto('/widgets/quiz/', { waitUntil: 'networkidle' });
    const quiz = page.locator(`[data-widget="quiz"][data-quiz-id="${QUIZ_ID}"]`);
    await quiz.scrollIntoViewIfNeeded();
    await quiz.locator('.choice-recorded').waitFor();
    expect(await quiz.locator('.choice-recorded').innerText()).toMatch(
      /^Your recorded answer, from an earlier visit: .*in the middle of deflating/,
    );
    expect(await quiz.getByRole('radio', { name: /in the middle of deflating/ }).isChecked()).toBe(
      true,
    );
    expect(await said(quiz.getByRole('status'), /Incorrect/)).toMatch(/^✗\s*Incorrect\./);
    expect(await quiz.getByRole('button', { name: 'Check again (retry)' }).count()).toBe(1);
    await expectNoAxe(page);

    await page.goto('/progress/', { waitUntil: 'networkidle' });
    const item = page.locator('.sl-heading-wrapper:has(#quizzes) + ul li', { hasText: QUIZ_ID });
    expect(await item.innerText()).toMatch(/First answer was wrong/);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe.each(THEMES)('predict, %s theme', (theme) => {
  it('"which CPU can run next" is answered by keyboard with the model’s reason', async () => {
    const { page, problems } = await visit(site, '/widgets/predict/', theme);
    const widget = page.locator('[data-widget="predict"][data-ask="next-cpu"]');
    await hydrate(widget);
    const cpuB = widget.getByRole('checkbox', { name: 'CPU B' });
    await cpuB.waitFor();
    const status = widget.getByRole('status');

    await cpuB.focus();
    await page.keyboard.press('Space');
    await widget.getByRole('button', { name: 'Check answer' }).press('Enter');
    expect(await said(status, /Incorrect/)).toMatch(/The answer: CPU A\. CPU A can run next\./);
    expect(await status.innerText()).toContain(
      'CPU B cannot: it is spinning on balloon_pages_lock held by CPU A.',
    );
    await expectNoAxe(page);

    // The first prediction is recorded; the choice is locked until the learner asks to retry.
    const progress = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('balloon-lab:progress') ?? '{}'));
    expect((await progress()).predictions).toEqual({ 'widget-next-cpu': false });
    expect(await cpuB.isDisabled()).toBe(true);
    await widget.getByRole('button', { name: 'Try again' }).press('Enter');
    expect(await cpuB.isDisabled()).toBe(false);
    await widget.getByRole('checkbox', { name: 'CPU A' }).focus();
    await page.keyboard.press('Space');
    await widget.getByRole('button', { name: 'Check again (retry)' }).press('Enter');
    const retried = await said(status, /retry/);
    expect(retried).toMatch(/^✓\s*Right on a retry\./);
    expect(retried).not.toMatch(/Correct/);
    expect(retried).toContain('Your first prediction is the one recorded.');
    expect((await progress()).predictions).toEqual({ 'widget-next-cpu': false });
    await expectNoAxe(page);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('"will isolation succeed" accepts "it depends"', async () => {
    const { page } = await visit(site, '/widgets/predict/', theme);
    const widget = page.locator('[data-widget="predict"][data-ask="isolation"]');
    await hydrate(widget);
    await widget.getByRole('radio', { name: 'It depends on the schedule' }).check();
    await widget.getByRole('button', { name: 'Check answer' }).click();
    expect(await said(widget.getByRole('status'), /Correct/)).toContain(
      'Some runs from here isolate the page and some do not.',
    );
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the quiz answers and the prediction answers sit in <details>', async () => {
    for (const path of ['/widgets/quiz/', '/widgets/predict/']) {
      const { page, problems } = await visit(site, path, 'light', { javaScript: false });
      const widget = page.locator('[data-widget]').first();
      const answer = widget.locator('details');
      expect(await answer.locator('summary').innerText()).toBe('Show the answer');
      expect(await answer.getAttribute('open')).toBeNull();
      await answer.locator('summary').click();
      expect(await answer.innerText()).toMatch(
        path.includes('quiz') ? /✓ Right:/ : /The answer: CPU A\./,
      );
      expect(await widget.getByRole('radio').count()).toBe(0);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });
});
