/** "Open in the lab" reopens the lab a run was saved from; old entries still find a lab. */
import { describe, expect, it } from 'vitest';
import { LAB_FALLBACK_PAGE, labHref, type LabEntry } from '../../../src/islands/notebook/labLink';
import { readHash } from '../../../src/model';
import { scenario } from '../lab/fixtures';

const entry: LabEntry = {
  scenario: 'double-isolate',
  balloon: 'patched',
  core: 'core-racy',
  schedule: ['A', 'B'],
};
const labPages = { 'double-isolate': '/lessons/locks-before-the-patch/' };

describe('Open in the lab', () => {
  it('opens the page and lab the run was saved from', () => {
    const href = labHref(
      { ...entry, page: '/lessons/the-fix/', lab: 'double-isolate@2' },
      labPages,
    );
    expect(href).toBe('/lessons/the-fix/#lab=double-isolate@2~patched~core-racy~A.B');
    const keys = ['double-isolate', 'double-isolate@2'];
    const hash = new URL(href, 'https://x.test').hash;
    expect(
      readHash(hash, scenario('double-isolate'), { key: keys[1], onPage: keys }),
    ).toMatchObject({ kind: 'run', run: { schedule: [0, 1] } });
  });

  it('an old entry without a page opens the first lesson whose lab runs that scenario', () => {
    expect(labHref(entry, labPages)).toBe(
      '/lessons/locks-before-the-patch/#lab=double-isolate~patched~core-racy~A.B',
    );
    expect(labHref({ ...entry, scenario: 'constructor' }, {})).toMatch(
      new RegExp(`^${LAB_FALLBACK_PAGE}#lab=constructor~`),
    );
  });

  it.each([
    ['another host', '//evil.example/'],
    ['a script URL', 'javascript:alert(1)'],
    ['an absolute URL', 'https://evil.example/x/'],
    ['not a string', 42],
  ])('ignores a saved page that is %s', (_, page) => {
    expect(labHref({ ...entry, page }, labPages)).toMatch(/^\/lessons\/locks-before-the-patch\/#/);
  });

  it("ignores a lab key that is not one of the scenario's labs", () => {
    const href = labHref({ ...entry, page: '/lessons/x/', lab: 'isolate-vs-deflate' }, labPages);
    expect(href).toBe('/lessons/x/#lab=double-isolate~patched~core-racy~A.B');
  });
});
