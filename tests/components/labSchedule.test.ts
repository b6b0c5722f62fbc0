import { describe, expect, it } from 'vitest';
import { checkScheduleProp } from '../../src/components/lib/labSchedule';
import { scenario } from '../islands/lab/fixtures';

const race = scenario('isolate-vs-deflate');
const noPageLock = { balloon: 'no-page-lock', core: 'core-page-lock' } as const;

describe('the schedule prop, checked at build time', () => {
  it('accepts CPU names that can run and returns indexes', () => {
    expect(checkScheduleProp(race, noPageLock, 'A,B, B')).toEqual([0, 1, 1]);
  });

  it('names an unknown CPU, with a suggestion', () => {
    expect(checkScheduleProp(race, noPageLock, 'A,C')).toMatch(/unknown CPU 'C'/);
  });

  it('rejects an empty schedule', () => {
    expect(checkScheduleProp(race, noPageLock, ' ')).toMatch(/empty schedule/);
  });

  it('names the step that cannot run and why', () => {
    expect(checkScheduleProp(race, noPageLock, 'B,B,A,A,A,A,A,A')).toBe(
      'step 8 (A) cannot run under no-page-lock/core-page-lock: CPU A is spinning on balloon_pages_lock held by CPU B',
    );
  });
});
