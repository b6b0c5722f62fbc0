/**
 * The schedule prop of <Lab> and <Trace>, checked at build time. Its messages are the model's
 * stop sentence and hint (tests/model/run-tape.test.ts pins their wording); here we check that
 * the prop finds the right stop and says it under the lesson's variants.
 */
import { describe, expect, it } from 'vitest';
import { exploration } from '../../src/components/lib/model';
import { checkScheduleProp } from '../../src/components/lib/labSchedule';
import {
  checkSchedule,
  scheduleToNames,
  splitNames,
  stopHint,
  stopSentence,
} from '../../src/model';
import { scenario } from '../islands/lab/fixtures';

const race = scenario('isolate-vs-deflate');
const noPageLock = { balloon: 'no-page-lock', core: 'core-page-lock' } as const;
const under = 'under no-page-lock/core-page-lock';

describe('the schedule prop, checked at build time', () => {
  it('accepts CPU names that can run and returns indexes', () => {
    expect(checkScheduleProp(race, noPageLock, 'A,B, B')).toEqual([0, 1, 1]);
  });

  it('accepts the checker’s shortest counterexample (what <Trace schedule="shortest"> prints)', () => {
    const [shortest] = exploration(race, noPageLock).violations;
    const text = scheduleToNames(race, shortest.schedule).join(',');
    expect(checkScheduleProp(race, noPageLock, text)).toEqual(shortest.schedule);
  });

  it('names an unknown CPU and its step, listing the real ones', () => {
    expect(checkScheduleProp(race, noPageLock, 'A,C')).toBe(
      "step 2: unknown CPU 'C' (known: A, B)",
    );
  });

  it('rejects an empty schedule', () => {
    expect(checkScheduleProp(race, noPageLock, ' ')).toMatch(/^empty schedule/);
  });

  it('names the step that cannot run, why, under which variants, and who could run instead', () => {
    const text = 'B,B,A,A,A,A,A,A';
    const tape = checkSchedule(race, noPageLock, splitNames(text));
    expect(tape.stop).toMatchObject({ kind: 'cannot-run', index: 7, cpu: 'A' });
    expect(tape.stop!.reason).toBe('CPU A is spinning on balloon_pages_lock held by CPU B');
    expect(stopHint(tape)).toMatch(/only B can run$/);
    expect(checkScheduleProp(race, noPageLock, text)).toBe(
      `${stopSentence(tape.stop!, under)} (${stopHint(tape)})`,
    );
  });

  it('says when a schedule runs past the end of every CPU', () => {
    const names = scheduleToNames(race, exploration(race, noPageLock).outcomes[0].schedule);
    const tape = checkSchedule(race, noPageLock, [...names, 'B']);
    expect(tape.stop).toMatchObject({ kind: 'cannot-run', index: names.length });
    expect(stopHint(tape)).toMatch(/the schedule is too long$/);
    expect(checkScheduleProp(race, noPageLock, [...names, 'B'].join(','))).toBe(
      `${stopSentence(tape.stop!, under)} (${stopHint(tape)})`,
    );
  });
});
