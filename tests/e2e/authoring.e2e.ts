/**
 * The authoring guide on the built site: its field tables list every field of the formats the
 * build validates with. (They once came out empty in the production build only — the bundle used
 * another copy of zod than `npm start` — so this reads the built pages in a real browser.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaFields } from '../../src/schemas/fields';
import { lessonFrontmatter } from '../../src/schemas/lesson';
import { challengeSchema, scenarioSchema } from '../../src/schemas/scenario';
import { closeSite, openSite, visit, type Site } from './lib/site';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => closeSite(site));

/** The first cell of every body row of the field tables on a page. */
async function fieldsShown(path: string): Promise<string[]> {
  const { page } = await visit(site, path, 'light');
  const cells = await page.locator('.schema-table tbody th[scope="row"]').allInnerTexts();
  await page.context().close();
  return cells.map((cell) => cell.trim());
}

describe('field tables of the authoring guide', () => {
  const lesson = schemaFields(lessonFrontmatter).map((row) => row.path);
  const scenario = schemaFields(scenarioSchema).map((row) => row.path);
  const challenge = schemaFields(challengeSchema).map((row) => row.path);

  it('lists every field of both formats (the schemas have them)', () => {
    expect(lesson).toContain('kernelRefs[].commit');
    expect(scenario).toContain('cpus[].args.newpage');
  });

  it.each([
    ['/authoring/lessons/', lesson],
    ['/authoring/scenarios/', scenario],
    ['/authoring/challenges/', challenge],
    ['/widgets/schema-table/', lesson],
  ])('%s shows a row per field', async (path, fields) => {
    expect(await fieldsShown(path)).toEqual(fields);
  });
});
