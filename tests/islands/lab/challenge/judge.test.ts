import { describe, expect, it } from 'vitest';
import { replay, scheduleFromNames } from '../../../../src/model';
import {
  bestNote,
  goalRule,
  overLimitText,
  solvedText,
  standing,
} from '../../../../src/islands/lab/challenge/judge';
import type { LabChallenge } from '../../../../src/islands/lab/challenge/types';
import { RACE, scenario } from '../fixtures';

const race = scenario('isolate-vs-deflate');
const CORRUPT: LabChallenge = {
  key: 'isolate-vs-deflate/corrupt-the-list',
  title: 'Corrupt the list',
  goal: { kind: 'break', invariant: 'list-corruption' },
  balloon: 'no-page-lock',
  core: 'core-page-lock',
  stepLimit: 20,
  hints: ['Let A read page->private first.'],
  par: 16,
  anchor: 'challenge-x',
};
const variants = { balloon: CORRUPT.balloon, core: CORRUPT.core };

/** The state after `names` and the run as the lab reports it. */
function after(names: string[], v = variants) {
  const { snapshots } = replay(race, v, scheduleFromNames(race, names));
  return { run: { ...v, cursor: names.length }, state: snapshots[names.length] };
}

describe('how a run stands against its challenge', () => {
  it('is solved on the step that corrupts the list, with its step count', () => {
    const before = after(RACE.slice(0, -1));
    expect(standing(CORRUPT, before.run, before.state)).toEqual({ kind: 'playing' });
    const won = after(RACE);
    expect(standing(CORRUPT, won.run, won.state)).toEqual({ kind: 'solved', steps: 16 });
  });

  it('meeting the goal past the step limit does not count', () => {
    const won = after(RACE);
    const strict = { ...CORRUPT, stepLimit: 15 };
    expect(standing(strict, won.run, won.state)).toEqual({
      kind: 'over-limit',
      steps: 16,
      limit: 15,
    });
  });

  it('a run under other variants is not graded', () => {
    const safe = after(RACE.slice(0, 3), { balloon: 'patched', core: 'core-page-lock' });
    expect(standing(CORRUPT, safe.run, safe.state)).toEqual({ kind: 'elsewhere' });
  });

  it('an impossible goal is never met by a run', () => {
    const impossible = { ...CORRUPT, goal: { kind: 'impossible' as const }, par: undefined };
    const won = after(RACE);
    expect(standing(impossible, won.run, won.state)).toEqual({ kind: 'playing' });
  });
});

describe('what the goal bar says', () => {
  it('counts steps against par', () => {
    expect(solvedText(CORRUPT, 18)).toBe('Solved in 18 steps — the shortest possible is 16.');
    expect(solvedText(CORRUPT, 16)).toBe('Solved in 16 steps — the shortest possible.');
    expect(overLimitText(CORRUPT, 30, 20)).toBe(
      'Goal reached in 30 steps, but this challenge allows at most 20, so it does not count yet. Undo and try a shorter schedule (the shortest possible is 16).',
    );
  });

  it('names the rule, and a new best only when it is one', () => {
    expect(goalRule(CORRUPT)).toBe('Break the invariant list-corruption in at most 20 steps.');
    expect(bestNote(undefined, 18)).toBe('');
    expect(bestNote(18, 16)).toBe('A new best: 16 steps (was 18).');
    expect(bestNote(14, 16)).toBe('Your best is 14 steps.');
  });
});
