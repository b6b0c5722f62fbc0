/**
 * The shipped challenges, built: every par schedule replays and meets its goal at its last step
 * and not before; par is what the hint search counts from the start; an impossible goal's proof
 * numbers are the checker's own; the campaign order follows the course; and a second check is
 * answered from the verdict cache.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explore, goalMet, hintAt, replay, scheduleFromNames } from '../../src/model';
import { checkChallengesCached } from '../../src/scenarios/challengeCheck';
import { allChallenges, challengeByKey } from '../../src/scenarios/challenges';
import { loadScenarios, parseScenario } from '../../src/scenarios/load';
import { readCourse } from '../../src/site/lessons';

const challenges = allChallenges();
const scenarios = loadScenarios();
const scenarioOf = (id: string) => scenarios.find((s) => s.id === id)!;

describe.each(challenges.map((c) => [c.key, c] as const))('%s', (_, c) => {
  const scenario = scenarioOf(c.scenario);
  const variants = { balloon: c.balloon, core: c.core };

  if (c.goal.kind === 'impossible') {
    it("carries the checker's numbers as its proof", () => {
      const report = explore(scenario, variants);
      expect(report.violations).toEqual([]);
      expect(c.proof).toEqual({ states: report.states, violating: report.violatingStates });
      expect(c.par).toBeUndefined();
    });
    return;
  }

  it('meets its goal with its par schedule, at the last step and not before', () => {
    const snapshots = replay(
      scenario,
      variants,
      scheduleFromNames(scenario, c.parSchedule!),
    ).snapshots;
    expect(snapshots).toHaveLength(c.par! + 1);
    expect(goalMet(c.goal, snapshots.at(-1)!)).toBe(true);
    expect(snapshots.slice(0, -1).some((s) => goalMet(c.goal, s))).toBe(false);
  });

  it('has the par the hint search counts from the start, within its step limit', () => {
    expect(hintAt(scenario, variants, [], c.goal).minMoreSteps).toBe(c.par);
    if (c.stepLimit !== undefined) expect(c.par!).toBeLessThanOrEqual(c.stepLimit);
  });
});

describe('the campaign', () => {
  it('lists challenges in course order, each with a key of its scenario and id', () => {
    const order = new Map(readCourse().map((l) => [l.id, l.order]));
    const places = challenges.map((c) => order.get(c.lesson!) ?? Infinity);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    for (const c of challenges) {
      expect(c.key).toBe(`${c.scenario}/${c.id}`);
      expect(challengeByKey(c.key)).toEqual(c);
    }
    expect(new Set(challenges.map((c) => c.key)).size).toBe(challenges.length);
    expect(challengeByKey('isolate-vs-deflate/no-such-challenge')).toBeUndefined();
  });
});

describe('checkChallengesCached', () => {
  it('answers an unchanged scenario and model from the cache, with the same challenges', () => {
    const root = mkdtempSync(join(tmpdir(), 'challenge-cache-'));
    const modelDir = join(root, 'model');
    cpSync('src/model', modelDir, { recursive: true });
    const file = 'content/scenarios/isolate-vs-deflate.yaml';
    const options = { cacheDir: join(root, 'cache'), modelDir };
    const check = () =>
      checkChallengesCached(parseScenario(readFileSync(file, 'utf8'), file), file, options);
    const first = check();
    expect(first.cached).toBe(false);
    const second = check();
    expect(second.cached).toBe(true);
    expect(second.built).toEqual(first.built);
    expect(second.problems).toEqual(first.problems);
  });
});
