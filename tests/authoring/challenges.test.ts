/**
 * One bad challenge per mistake an author can make, and the message each one gets: the file, the
 * field path, and what to do. These are the lines `npm run build` and `npm start` stop with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explore, replay, scheduleFromNames } from '../../src/model';
import { checkChallenges } from '../../src/scenarios/challengeCheck';
import { challengeReport } from '../../src/scenarios/challenges';
import { parseScenario } from '../../src/scenarios/load';
import { scenarioProblems } from '../../src/site/content-gate';

const FIXTURES = 'tests/authoring/fixtures';

const fixture = (name: string) => {
  const file = `${FIXTURES}/challenges/${name}.yaml`;
  return parseScenario(readFileSync(file, 'utf8'), file);
};

/** The first error a fixture produces, from parsing it or from checking its challenges. */
function challengeError(name: string): string {
  const file = `${FIXTURES}/challenges/${name}.yaml`;
  try {
    return (
      checkChallenges(parseScenario(readFileSync(file, 'utf8'), file), file).problems[0] ??
      'no error'
    );
  } catch (error) {
    return (error as Error).message;
  }
}

describe('mistakes in a challenge', () => {
  it.each([
    [
      'challenge-unreachable',
      "challenges[0].goal: outcome 'B:deflate-skipped-P-short' is unreachable under patched + core-page-lock (reachable: ",
    ],
    [
      'challenge-break-unreachable',
      "challenges[0].goal: no interleaving breaks 'list-corruption' under patched + core-page-lock (it breaks: nothing)",
    ],
    [
      'challenge-impossible-reachable',
      "challenges[0].goal: 'impossible' is refuted by the checker under no-page-lock + core-page-lock: ",
    ],
    [
      'challenge-unknown-invariant',
      "challenges[0].goal.break: unknown invariant 'list-corruptoin' (did you mean list-corruption?)",
    ],
    [
      'challenge-unknown-outcome',
      "challenges[0].goal.reach: unknown outcome 'B:deflate-skiped-P-short' (did you mean B:deflate-skipped-P-short?)",
    ],
    ['challenge-unknown-cpu', "challenges[0].goal.reach: unknown CPU 'C' (known: A, B)"],
    [
      'challenge-two-goals',
      'challenges[0].goal: a goal names one of break, reach or impossible, not break and impossible',
    ],
    [
      'challenge-limit-below-par',
      'challenges[0].stepLimit: 10 is below par 16: no run can solve it (make it at least 16)',
    ],
  ])('%s', (name, message) => {
    const error = challengeError(name);
    expect(error.startsWith(`${FIXTURES}/challenges/${name}.yaml: `)).toBe(true);
    expect(error).toContain(message);
  });

  it('gives the schedule that breaks an impossible goal, and that schedule does break it', () => {
    const error = challengeError('challenge-impossible-reachable');
    const [, invariant, names] = / ([\w-]+) after ([A-B](?:,[A-B])*) — /.exec(error)!;
    const scenario = fixture('challenge-impossible-reachable');
    const variants = { balloon: 'no-page-lock', core: 'core-page-lock' } as const;
    const run = replay(scenario, variants, scheduleFromNames(scenario, names.split(',')));
    expect(run.stoppedAt).toBeUndefined();
    expect(run.records.at(-1)!.violations.map((v) => v.invariant)).toContain(invariant);
  });
});

describe('challenge problems stop the build and the dev server', () => {
  const dir = `${FIXTURES}/scenario-dirs/challenge-unknown-lesson`;

  it('names an unknown lesson with a did-you-mean', () => {
    const { problems } = challengeReport({ scenarios: dir, lessons: 'content/lessons' });
    const scenario = parseScenario(readFileSync(`${dir}/two-goals.yaml`, 'utf8'), 'two-goals.yaml');
    const reachable = explore(scenario, { balloon: 'patched', core: 'core-page-lock' }).outcomes;
    expect(problems).toEqual([
      `${dir}/two-goals.yaml: challenges[0].lesson: unknown lesson 'the-fixx' (did you mean the-fix?)`,
      `${dir}/two-goals.yaml: challenges[1].goal: outcome 'B:deflate-skipped-P-short' is unreachable under patched + core-page-lock (reachable: ${reachable.map((o) => o.outcome.id).join('; ')})`,
    ]);
  });

  it('reports them where the claims are checked', () => {
    const problems = scenarioProblems(dir);
    expect(problems.some((p) => p.includes('challenges[1].goal: outcome'))).toBe(true);
    expect(problems.some((p) => p.includes('challenges[0].lesson'))).toBe(true);
  });
});
