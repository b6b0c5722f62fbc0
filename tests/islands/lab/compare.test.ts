import { describe, expect, it } from 'vitest';
import { play, scheduleFromNames, stopSentence } from '../../../src/model';
import { compareDesigns } from '../../../src/islands/lab/compare';
import { RACE, scenario } from './fixtures';

const race = scenario('isolate-vs-deflate');
const RACE_CPUS = scheduleFromNames(race, RACE);

describe('compare lock designs', () => {
  const [pageLock, noPageLock, patched] = compareDesigns(race, 'core-page-lock', RACE_CPUS);

  it('replays the schedule under page-lock, no-page-lock and patched', () => {
    expect([pageLock, noPageLock, patched].map((s) => s.balloon)).toEqual([
      'page-lock',
      'no-page-lock',
      'patched',
    ]);
  });

  it('shows the race only under no-page-lock', () => {
    expect(noPageLock.verdict.kind).toBe('violation');
    expect(noPageLock.ran).toBe(16);
    expect(noPageLock.stopped).toBeUndefined();
  });

  it('says where the other designs stop, and why', () => {
    expect(patched.verdict.kind).toBe('ok');
    expect(patched.ran).toBe(6);
    const { stop } = play(race, { balloon: 'patched', core: 'core-page-lock' }, RACE_CPUS);
    expect(stop).toMatchObject({ kind: 'cannot-run', index: 6, cpu: 'B' });
    expect(patched.stopped).toBe(stopSentence(stop!));
    // Under page-lock B skips P (A holds its page lock) and finishes short within its nine steps.
    expect(pageLock.verdict.kind).toBe('ok');
    expect(pageLock.stopped).toBeUndefined();
    expect(pageLock.ran).toBe(RACE.length);
  });

  it('summarises the shared state in a few facts', () => {
    expect(patched.facts).toEqual([
      'balloon list: P',
      'isolated_pages: 0',
      'balloon_pages_lock: held by CPU A',
    ]);
    expect(noPageLock.facts[0]).toBe('balloon list: empty');
  });
});
