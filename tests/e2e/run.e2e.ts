// A run in the browser, from its link's side: steps pressed while the lab's engine is still
// arriving all reach the share link; a link that replays only partly opens up to the step that
// cannot run and says why; a link lands on the story (the restored step narrated); and a hostile
// link cannot write the lab's notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNotice, noticeText, readHash } from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';
import { closeSite, openSite, visit, type Site } from './lib/site';

const PAGE = '/widgets/lab/';
const SCENARIO = 'isolate-vs-deflate';
const RACE = 'A.A.A.A.A.B.B.B.B.B.B.B.B.B.A.A';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

async function openLab(hash = '') {
  const opened = await visit(site, `${PAGE}${hash}`, 'light');
  const lab = opened.page.locator(`[data-widget="lab"][data-scenario="${SCENARIO}"]`);
  await lab.scrollIntoViewIfNeeded();
  await lab.locator('.lab-live').waitFor();
  return { ...opened, lab };
}

describe('steps pressed while the engine loads', () => {
  it('are applied in order before the share link is built', async () => {
    const { page, lab, problems } = await openLab();
    // Hold the engine chunk (XState and the lab machine) until every key press has happened,
    // as on a slow phone: the presses queue, and the link must still hold all three steps.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/engine\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const stepB = lab.getByRole('button', { name: 'Step B' });
    await lab.getByRole('button', { name: 'Step A' }).press('Enter');
    await stepB.press('Enter');
    await stepB.press('Enter');
    await lab.getByRole('button', { name: 'Copy share link' }).press('Enter');
    release();
    const field = lab.getByLabel('Share link');
    await field.waitFor();
    expect(new URL(await field.inputValue()).hash).toBe(
      `#lab=${SCENARIO}~no-page-lock~core-page-lock~A.B.B`,
    );
    expect(await lab.getByLabel('Timeline').inputValue()).toBe('3');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('a shared link lands on the story', () => {
  it('narrates the restored step; the verdict panel shows its broken invariant', async () => {
    const { page, lab, problems } = await openLab(
      `#lab=${SCENARIO}~no-page-lock~core-page-lock~${RACE}`,
    );
    expect(await lab.getByLabel('Timeline').inputValue()).toBe('16');
    expect(await lab.locator('.lab-narration').innerText()).toMatch(
      /^Opened the run from the link at step 16 of 16\. Step 16: /,
    );
    expect(await lab.locator('.lab-verdict').innerText()).toMatch(
      /Invariant broken[\s\S]*list corruption/,
    );
    expect(await lab.locator('.lab-notice').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a link that replays only partly opens up to the step that cannot run, and says why', async () => {
    const { page, lab, problems } = await openLab(
      `#lab=${SCENARIO}~patched~core-page-lock~${RACE}`,
    );
    expect(await lab.getByLabel('Timeline').inputValue()).toBe('6');
    expect(await lab.getByLabel('Balloon code').inputValue()).toBe('patched');
    // The notice is the model's template (tests/model/run-link.test.ts pins its wording).
    const scenario = loadScenarios().find((s) => s.id === SCENARIO)!;
    const read = readHash(`#lab=${SCENARIO}~patched~core-page-lock~${RACE}`, scenario);
    expect(read).toMatchObject({ kind: 'run', stop: { kind: 'cannot-run', index: 6, cpu: 'B' } });
    expect(await lab.locator('.lab-notice').innerText()).toBe(noticeText(linkNotice(read)!));
    expect(await lab.locator('.lab-narration').innerText()).toMatch(
      /^Opened the run from the link at step 6 of 6\./,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('a hostile link', () => {
  it('cannot write the notice: a huge id is one short line of code', async () => {
    const { page, lab, problems } = await openLab(
      `#lab=${'x'.repeat(200_000)}~patched~core-page-lock~A`,
    );
    const notice = lab.locator('.lab-notice');
    expect(await notice.innerText()).toMatch(/^The link’s lab run could not be opened \(no lab/);
    const box = await notice.boundingBox();
    expect(box!.height).toBeLessThan(120);
    expect(await notice.locator('code').innerText()).toBe(`${'x'.repeat(39)}…`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a sentence with bidi overrides shows only as a capped identifier, overrides removed', async () => {
    const bait = '\u202Eloot eht daolnwod\u202C Download the repair tool at evil.example';
    const { page, lab } = await openLab(
      `#lab=${SCENARIO}~${encodeURIComponent(bait)}~core-page-lock~A`,
    );
    const notice = lab.locator('.lab-notice');
    const code = await notice.locator('code').innerText();
    expect(code).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect([...code]).toHaveLength(40);
    const outside = (await notice.innerText()).replace(code, '');
    expect(outside).not.toMatch(/repair|evil/);
    await page.context().close();
  });
});
