import { describe, expect, it } from 'vitest';
import { hintAt, scheduleFromNames } from '../../../../src/model';
import { distanceHint, movesHint } from '../../../../src/islands/lab/challenge/hintText';
import { RACE, scenario } from '../fixtures';

const race = scenario('isolate-vs-deflate');
const variants = { balloon: 'no-page-lock', core: 'core-page-lock' } as const;
const corrupt = { kind: 'break', invariant: 'list-corruption' } as const;
const hint = (names: string[]) => hintAt(race, variants, scheduleFromNames(race, names), corrupt);

describe("the model's hints in words", () => {
  it('at the start: reachable, at least par steps away', () => {
    expect(distanceHint(hint([]), false).text).toBe(
      `From here the goal is still reachable — at least ${RACE.length} more steps.`,
    );
  });

  it('one step before the race: the goal is a step away', () => {
    expect(distanceHint(hint(RACE.slice(0, -1)), false).text).toBe(
      'From here the goal is still reachable — at least 1 more step.',
    );
  });

  it('where only one CPU’s move keeps the goal in reach, names that CPU alone', () => {
    // Somewhere along the race one of the two moves throws the goal away (B deflating too early).
    const at = RACE.map((_, n) => hint(RACE.slice(0, n))).find(
      (h) => h.ofMoves === 2 && h.keepMoves.length === 1,
    );
    expect(at).toBeDefined();
    expect(movesHint(at!).text).toBe(
      `Of the 2 CPUs’ next moves, only Step ${at!.keepMoves[0]} keeps the goal reachable.`,
    );
    expect(movesHint(hint([])).text).toBe(
      'Of the 2 CPUs’ next moves, every one keeps the goal reachable.',
    );
  });

  it('once the race is lost, says so and where to undo to', () => {
    // B deflates P before A looks at page->private: A then sees 0, and nothing can corrupt.
    const lost = ['B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B'];
    const h = hint(lost);
    const line = distanceHint(h, false);
    expect(h.reachable).toBe(false);
    expect(line.text).toMatch(/^From here no interleaving reaches the goal any more: undo to /);
    expect(line.undoTo).toBe(h.undoTo);
    expect(h.undoTo).toBeLessThan(lost.length);
  });
});
