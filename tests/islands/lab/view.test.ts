import { describe, expect, it } from 'vitest';
import {
  programListing,
  replay,
  runnablePrefix,
  scheduleFromNames,
  scheduleToNames,
} from '../../../src/model';
import { cpuRole, keysHint, shapeOf, sourceLabel, verdictOf } from '../../../src/islands/lab/view';
import { RACE, scenario } from './fixtures';

const race = scenario('isolate-vs-deflate');
const patched = { balloon: 'patched', core: 'core-page-lock' } as const;
const runnable = (names: string[]) =>
  scheduleToNames(race, runnablePrefix(race, patched, scheduleFromNames(race, names)));
/** The state where the schedule stops (replay ends at the first step that cannot run). */
const stateAfter = (balloon: 'no-page-lock' | 'patched', names: string[]) => {
  const r = replay(race, { balloon, core: 'core-page-lock' }, scheduleFromNames(race, names));
  return r.snapshots[r.snapshots.length - 1];
};

describe('verdict panel view', () => {
  it('is ok with a constant sentence while nothing broke', () => {
    expect(verdictOf(stateAfter('patched', ['A']))).toEqual({
      kind: 'ok',
      label: 'No invariant broken',
      sentences: ['Nothing has gone wrong so far.'],
    });
  });

  it("turns into the model's violation message when an invariant breaks", () => {
    const v = verdictOf(stateAfter('no-page-lock', RACE));
    expect(v.kind).toBe('violation');
    expect(v.label).toBe('Invariant broken');
    expect(v.sentences[0]).toMatch(/while P is on CPU B's local pages list: list corruption\.$/);
  });

  it('names the outcome when every CPU has finished', () => {
    // A runs to the end, then B: the longest prefix of A×40 followed by B×40 that can run.
    const v = verdictOf(
      stateAfter('patched', [...runnable(Array(40).fill('A')), ...Array(40).fill('B')]),
    );
    expect(v).toEqual({
      kind: 'finished',
      label: 'Every CPU has finished',
      sentences: ['Compaction (A) isolated P and put it back; deflate (B) took P.'],
    });
  });
});

describe('code attribution', () => {
  const lines = programListing(race, { balloon: 'page-lock', core: 'core-page-lock' }, 1);
  it('names functions, files and the real commit', () => {
    const label = sourceLabel(lines, { balloon: 'page-lock', core: 'core-page-lock' });
    expect(label).toMatch(
      /^Simplified rendering of leak_balloon\(\) and the functions named above each block \(/,
    );
    expect(label).toContain('mm/balloon_compaction.c');
    expect(label).toMatch(/; commit 8202313e\)$/);
    expect(sourceLabel(lines, { balloon: 'patched', core: 'core-page-lock' })).toMatch(
      /commit a3fafdd\)$/,
    );
  });

  it('says when a variant is hypothetical', () => {
    expect(sourceLabel(lines, { balloon: 'no-page-lock', core: 'core-page-lock' })).toMatch(
      /; hypothetical: commit 8202313e minus its page-lock lines\)$/,
    );
    expect(sourceLabel(lines, { balloon: 'patched', core: 'core-racy' })).toMatch(
      /commit a3fafdd, with a hypothetical migration core\)$/,
    );
  });
});

describe('CPU naming', () => {
  it('describes what each CPU runs', () => {
    expect(cpuRole(race.cpus[0])).toBe('compaction: isolate P, then put it back');
    expect(cpuRole(race.cpus[1])).toBe('balloon driver: deflate 1 page');
    const full = scenario('full-cycle');
    expect(full.cpus.map(cpuRole)).toEqual([
      'balloon driver: inflate Q',
      'compaction: isolate P, then migrate it to N',
      'balloon driver: deflate 1 page',
    ]);
  });

  it('gives CPUs distinct shapes', () => {
    expect(new Set([0, 1, 2, 3].map(shapeOf)).size).toBe(4);
  });

  it('documents the keys for the number of CPUs', () => {
    expect(keysHint(2)).toBe('Keys: 1–2 step a CPU, ← → move in time, u undo, r redo');
    expect(keysHint(1)).toBe('Keys: 1 step a CPU, ← → move in time, u undo, r redo');
  });
});
