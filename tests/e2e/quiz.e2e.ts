// <Quiz> and <Predict> in a real browser, on their showcase pages: answered from the keyboard,
// the verdict in the live region, the result in the learner's progress, axe in both themes, and
// the answers reachable without JavaScript.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSite, openSite, THEMES, visit, type Site, expectNoAxe } from './lib/site';

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
  await widget.locator('astro-island > *').first().scrollIntoViewIfNeeded();
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

    // Back into the group (focus returns to the checked radio), up to the right one, check.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await said(status, /Correct/)).toMatch(
      /^✓\s*Correct\. Yes\. page->private is only cleared/,
    );
    expect(await quiz.locator('.choice-explain').count()).toBe(3);
    const stored = await page.evaluate(() => localStorage.getItem('balloon-lab:progress'));
    expect(JSON.parse(stored ?? '{}').quizzes).toEqual({ [QUIZ_ID]: true });
    await expectNoAxe(page);

    // The progress page lists the result.
    await page.goto('/progress/', { waitUntil: 'networkidle' });
    const item = page.locator('#quizzes + ul li', { hasText: QUIZ_ID });
    expect(await item.innerText()).toMatch(/Answered right/);
    await expectNoAxe(page);
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

    await cpuB.focus();
    await page.keyboard.press('Space');
    await widget.getByRole('checkbox', { name: 'CPU A' }).focus();
    await page.keyboard.press('Space');
    await widget.getByRole('button', { name: 'Check answer' }).press('Enter');
    expect(await said(status, /Correct/)).toMatch(/^✓\s*Correct\./);
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
