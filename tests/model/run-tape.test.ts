/** The run's tape (src/model/run/tape.ts): one replay, reused; steps counted through the model. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Count every model step: a tape that grows from another must not replay the shared prefix.
const calls = vi.hoisted(() => ({ steps: 0 }));
vi.mock('../../src/model/step', async (original) => {
  const real = await original<typeof import('../../src/model/step')>();
  return {
    ...real,
    step: (...args: Parameters<typeof real.step>) => {
      calls.steps++;
      return real.step(...args);
    },
  };
});

const { checkSchedule, play, stateAt, stopSentence } = await import('../../src/model/run');
const { initialState, step, scheduleFromNames } = await import('../../src/model');
const { RACE, scenario } = await import('../islands/lab/fixtures');

const race = scenario('isolate-vs-deflate');
const noPageLock = { balloon: 'no-page-lock', core: 'core-page-lock' } as const;
const patched = { ...noPageLock, balloon: 'patched' } as const;
const schedule = scheduleFromNames(race, RACE);

beforeEach(() => {
  calls.steps = 0;
});

describe('play', () => {
  it('gives the same snapshots as stepping the model by hand', () => {
    const tape = play(race, noPageLock, schedule);
    let s = initialState(race, noPageLock);
    for (const [k, cpu] of schedule.entries()) {
      s = step(s, cpu).state;
      expect(tape.snapshots[k + 1]).toEqual(s);
    }
    expect(tape.records).toHaveLength(schedule.length);
    expect(tape.stop).toBeUndefined();
    expect(stateAt(tape, 99)).toBe(tape.snapshots.at(-1));
  });

  it('stops at the first step that cannot run and says why', () => {
    const tape = play(race, patched, schedule);
    expect(tape.schedule).toEqual(schedule.slice(0, 6));
    expect(tape.total).toBe(16);
    expect(stopSentence(tape.stop!)).toBe(
      'step 7 (B) cannot run: CPU B is spinning on balloon_pages_lock held by CPU A',
    );
  });

  it('one more step costs one model step, not a replay', () => {
    let tape = play(race, noPageLock, []);
    for (let k = 0; k < schedule.length; k++) {
      calls.steps = 0;
      tape = play(race, noPageLock, schedule.slice(0, k + 1), tape);
      expect(calls.steps, `step ${k + 1}`).toBe(1);
    }
  });

  it('going back in time costs no step; another variant replays from the start', () => {
    const full = play(race, noPageLock, schedule);
    calls.steps = 0;
    const back = play(race, noPageLock, schedule.slice(0, 3), full);
    expect(calls.steps).toBe(0);
    expect(back.snapshots[3]).toBe(full.snapshots[3]);
    play(race, patched, schedule.slice(0, 3), full);
    expect(calls.steps).toBe(3);
  });

  it('leaves the tape it grew from untouched (snapshots are shared, never mutated)', () => {
    const before = play(race, noPageLock, schedule.slice(0, 4));
    const copy = structuredClone(before);
    play(race, noPageLock, [...schedule.slice(0, 2), 1, 1], before);
    expect(before).toEqual(copy);
  });
});

describe('checkSchedule: one answer for names, unknown names and steps that cannot run', () => {
  it('an unknown CPU stops the tape at its step', () => {
    const tape = checkSchedule(race, noPageLock, ['A', 'B', 'Q', 'A']);
    expect(tape.schedule).toEqual([0, 1]);
    expect(tape.total).toBe(4);
    expect(tape.stop).toMatchObject({ kind: 'unknown-cpu', index: 2, cpu: 'Q' });
    expect(tape.stop!.reason).toMatch(/^unknown CPU 'Q'/);
  });

  it('a blocked step before an unknown name is the reported one', () => {
    const names = [...RACE.slice(0, 7), 'Q'];
    expect(checkSchedule(race, patched, names).stop).toMatchObject({
      kind: 'cannot-run',
      index: 6,
    });
  });
});
