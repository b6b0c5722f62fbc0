import { describe, expect, it } from 'vitest';
import { campaignInfo, challengeAnchor, labModel } from '../../src/components/lib/challenge';
import { checkProps } from '../../src/components/lib/props';
import { labProps } from '../../src/components/props/lab';
import { allChallenges } from '../../src/scenarios/challenges';

const url = new URL('https://example.org/lessons/removing-the-page-lock-naively/');
const L = 'content/lessons/06-removing-the-page-lock-naively.mdx';
const KEY = 'isolate-vs-deflate/corrupt-the-list';

/** The build error for <Lab> with these props, or 'no error' and what the lab would run. */
function lab(props: Record<string, unknown>) {
  try {
    return labModel(url, props, checkProps(url, 'Lab', labProps(), props));
  } catch (error) {
    return (error as Error).message;
  }
}

describe('<Lab challenge="…">', () => {
  it('runs the challenge’s scenario and variants, with its goal, par and next challenge', () => {
    const built = lab({ challenge: KEY });
    if (typeof built === 'string') throw new Error(built);
    const c = allChallenges().find((x) => x.key === KEY)!;
    expect(built.model).toEqual({ scenario: c.scenario, balloon: c.balloon, core: c.core });
    expect(built.challenge).toMatchObject({ key: KEY, goal: c.goal, par: c.par, hints: c.hints });
    const all = allChallenges();
    const next = all[all.indexOf(c) + 1];
    expect(built.challenge?.next?.title).toBe(next?.title);
  });

  it('an unknown key fails the build naming the file and the prop, with a suggestion', () => {
    expect(lab({ challenge: 'isolate-vs-deflate/corupt-the-list' })).toBe(
      `${L}: <Lab challenge="isolate-vs-deflate/corupt-the-list">: unknown challenge (did you mean ${KEY}?)`,
    );
  });

  it('refuses variants a challenge sets, and a lab with neither scenario nor challenge', () => {
    expect(lab({ challenge: KEY, balloon: 'patched' })).toBe(
      `${L}: <Lab challenge="${KEY}" balloon="patched">: the challenge sets balloon; leave it out`,
    );
    expect(lab({})).toBe(`${L}: <Lab>: the prop 'scenario' is required (or give a challenge)`);
  });
});

describe('the campaign for the progress page', () => {
  it('lists every challenge in campaign order, each linking to its goal bar', () => {
    const info = campaignInfo();
    expect(info.map((c) => c.key)).toEqual(allChallenges().map((c) => c.key));
    for (const c of info) expect(c.href).toMatch(new RegExp(`#${challengeAnchor(c.key)}$`));
    expect(info.find((c) => c.key === KEY)?.href).toBe(
      `/lessons/removing-the-page-lock-naively/#${challengeAnchor(KEY)}`,
    );
  });
});
