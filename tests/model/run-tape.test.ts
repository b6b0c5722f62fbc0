/** The run's tape (src/model/run/tape.ts): one replay, reused; steps counted through the model. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Count every model step: a tape that grows from another must not replay the shared prefix.
const { calls, countingStep } = await vi.hoisted(() => import('./countSteps'));
vi.mock('../../src/model/step', (original) => countingStep(original));

const { checkSchedule, play, stateAt, stopHint, stopSentence } =
  await import('../../src/model/run');
const { initialState, step, scheduleFromNames, whyNot } = await import('../../src/model');
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
    expect(tape.stop).toMatchObject({ kind: 'cannot-run', index: 6, cpu: 'B' });
    expect(stopSentence(tape.stop!)).toBe(
      'step 7 cannot run: CPU B is spinning on balloon_pages_lock held by CPU A',
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

describe('stopSentence and stopHint: the one wording of a stop, and what could run instead', () => {
  it('qualifies a step that cannot run with where it was tried', () => {
    const { stop } = play(race, patched, schedule);
    expect(stopSentence(stop!, 'under patched/core-page-lock')).toBe(
      'step 7 cannot run under patched/core-page-lock: CPU B is spinning on balloon_pages_lock held by CPU A',
    );
  });

  it('says an unknown name is unknown, not that it cannot run', () => {
    const { stop } = checkSchedule(race, noPageLock, ['A', 'Q']);
    expect(stopSentence(stop!, 'here')).toBe("step 2: unknown CPU 'Q' (known: A, B)");
  });

  it('names the CPUs that could have run at the stop', () => {
    const tape = play(race, patched, schedule);
    expect(stopHint(tape)).toBe('after the first 6 steps, only A can run');
    expect(stopHint(play(race, patched, []))).toBeNull();
  });

  it('says when no CPU could have run: the schedule is too long', () => {
    // Step whichever CPU can run until none can, then ask for one step more.
    const done: number[] = [];
    for (let s = initialState(race, noPageLock); ;) {
      const next = s.cpus.findIndex((_, i) => whyNot(s, i) === null);
      if (next < 0) break;
      done.push(next);
      s = step(s, next).state;
    }
    const tape = play(race, noPageLock, [...done, 0]);
    expect(tape.schedule).toEqual(done);
    expect(tape.stop).toMatchObject({ kind: 'cannot-run' });
    expect(stopHint(tape)).toBe(
      'by then every CPU has finished or is blocked: the schedule is too long',
    );
  });
});
