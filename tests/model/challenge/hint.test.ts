/**
 * hintAt() against the explorer: from the start, the fewest steps it promises are the par the
 * explorer's shortest schedule gives; following only the moves it says keep the goal reachable
 * meets the goal; and once a run has made the goal unreachable it says so and where to undo to.
 */
import { describe, expect, it } from 'vitest';
import {
  explore,
  goalMet,
  hintAt,
  hintLevels,
  replay,
  scheduleFromNames,
  type ChallengeGoal,
  type Variants,
} from '../../../src/model';
import { loadScenarios } from '../../../src/scenarios/load';
import { eachInTurn } from './runs';

const scenario = loadScenarios().find((s) => s.id === 'isolate-vs-deflate')!;
const noPageLock: Variants = { balloon: 'no-page-lock', core: 'core-page-lock' };
const corrupt: ChallengeGoal = { kind: 'break', invariant: 'list-corruption' };
const names = (list: string[]) => scheduleFromNames(scenario, list);

describe('hintAt', () => {
  it('promises at the start exactly the length of the shortest corrupting schedule', () => {
    const report = explore(scenario, noPageLock);
    const shortest = Math.min(
      ...report.violations
        .filter((v) => v.violation.invariant === 'list-corruption')
        .map((v) => v.schedule.length),
    );
    const hint = hintAt(scenario, noPageLock, [], corrupt);
    expect(hint).toMatchObject({ met: false, reachable: true, minMoreSteps: shortest });
    expect(hint.ofMoves).toBe(2);
  });

  it('leads to the goal when the learner always takes a move it keeps', () => {
    const schedule: number[] = [];
    for (let guard = 0; guard < 100; guard++) {
      const hint = hintAt(scenario, noPageLock, schedule, corrupt);
      if (hint.met) break;
      expect(hint.reachable).toBe(true);
      // The last CPU it names, so the walk is not simply "always A".
      schedule.push(names([hint.keepMoves.at(-1)!])[0]);
    }
    expect(goalMet(corrupt, replay(scenario, noPageLock, schedule).snapshots.at(-1)!)).toBe(true);
  });

  it('says the goal is out of reach once B has deflated P before A read page->private', () => {
    // B runs its whole deflate first: P is off the balloon list and page->private is 0 before A
    // looks, so A gives up ("the page already got deflated") and nothing can corrupt a list.
    const bFirst = eachInTurn(scenario, noPageLock, [1]);
    expect(bFirst.length).toBeGreaterThan(0);
    const hint = hintAt(scenario, noPageLock, bFirst, corrupt);
    expect(hint.met).toBe(false);
    expect(hint.reachable).toBe(false);
    expect(hint.minMoreSteps).toBeUndefined();
    expect(hint.keepMoves).toEqual([]);
    // Undo goes back to a point from which the race can still be had, and no further back.
    const undoTo = hint.undoTo!;
    expect(undoTo).toBeGreaterThanOrEqual(0);
    expect(undoTo).toBeLessThan(bFirst.length);
    expect(hintAt(scenario, noPageLock, bFirst.slice(0, undoTo), corrupt).reachable).toBe(true);
    expect(hintAt(scenario, noPageLock, bFirst.slice(0, undoTo + 1), corrupt).reachable).toBe(
      false,
    );
  });

  it('never finds a way to break the patched code', () => {
    const patched: Variants = { balloon: 'patched', core: 'core-page-lock' };
    const hint = hintAt(scenario, patched, [], { kind: 'impossible' });
    expect(hint).toMatchObject({ met: false, reachable: false, keepMoves: [], ofMoves: 2 });
    expect(hint.undoTo).toBeUndefined();
  });
});

describe('hintLevels', () => {
  it('words each kind of hint', () => {
    expect(
      hintLevels({ met: false, reachable: true, minMoreSteps: 7, keepMoves: ['B'], ofMoves: 2 }),
    ).toEqual([
      'From here the goal is still reachable — at least 7 more steps.',
      "Of the 2 CPUs' next moves, only Step B keeps the goal reachable.",
    ]);
    expect(
      hintLevels({ met: false, reachable: false, keepMoves: [], ofMoves: 1, undoTo: 5 }),
    ).toEqual(['From here no interleaving reaches the goal any more: undo to step 5.']);
  });

  it('says so at the state where B has already deflated P', () => {
    const bFirst = eachInTurn(scenario, noPageLock, [1]);
    const [line] = hintLevels(hintAt(scenario, noPageLock, bFirst, corrupt));
    expect(line).toMatch(
      /^From here no interleaving reaches the goal any more: undo to step \d+\.$/,
    );
  });
});

describe('hintAt for a reach goal', () => {
  const pageLock: Variants = { balloon: 'page-lock', core: 'core-page-lock' };
  const skipP: ChallengeGoal = { kind: 'reach', outcome: 'B:deflate-skipped-P-short' };

  it('sends a run that ended elsewhere back to where B could still skip P', () => {
    // A runs to the end first: P is back on the list, unlocked, and B then takes it.
    const aFirst = eachInTurn(scenario, pageLock, [0, 1]);
    const hint = hintAt(scenario, pageLock, aFirst, skipP);
    expect(hint).toMatchObject({ met: false, reachable: false, ofMoves: 0, keepMoves: [] });
    const undoTo = hint.undoTo!;
    expect(hintAt(scenario, pageLock, aFirst.slice(0, undoTo), skipP).reachable).toBe(true);
    expect(hintAt(scenario, pageLock, aFirst.slice(0, undoTo + 1), skipP).reachable).toBe(false);
  });

  it('says the goal is met once the run ends in it, with nothing left to suggest', () => {
    const par = explore(scenario, pageLock).outcomes.find(
      (o) => o.outcome.id === 'A:isolate-putback,B:deflate-skipped-P-short',
    )!.schedule;
    const hint = hintAt(scenario, pageLock, par, skipP);
    expect(hint).toMatchObject({ met: true, reachable: false, keepMoves: [] });
    expect(hintLevels(hint)).toEqual(['This run has already met the goal.']);
  });
});
