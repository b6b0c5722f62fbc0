import { describe, expect, it } from 'vitest';
import {
  BALLOON_VARIANTS,
  balloonKnobs,
  explore,
  namedVariantFor,
  programListing,
  type BalloonKnobs,
  type Variants,
} from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';

const scenarios = loadScenarios();
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
const withKnobs = (knobs: BalloonKnobs, core: Variants['core'] = 'core-page-lock'): Variants => ({
  balloon: 'patched',
  core,
  knobs,
});

describe('balloon knobs (free combinations for BreakTheFix)', () => {
  it('round-trips every named variant through its knobs', () => {
    for (const { id } of BALLOON_VARIANTS) expect(namedVariantFor(balloonKnobs(id))).toBe(id);
  });

  it('names no variant for a combination nobody shipped', () => {
    expect(
      namedVariantFor({ pageLock: true, readPrivateUnderLock: true, finalizeUnderLock: true }),
    ).toBeNull();
  });

  it('explores exactly like the named variant when the knobs match it', () => {
    const scenario = byId('isolate-vs-deflate');
    for (const { id } of BALLOON_VARIANTS) {
      const named = explore(scenario, { balloon: id, core: 'core-page-lock' });
      const free = explore(scenario, withKnobs(balloonKnobs(id)));
      expect([free.verdict, free.states, free.transitions]).toEqual([
        named.verdict,
        named.states,
        named.transitions,
      ]);
    }
  });

  it('overrides the named variant: reading page->private before spin_lock breaks the patch', () => {
    const knobs = { ...balloonKnobs('patched'), readPrivateUnderLock: false };
    const report = explore(byId('isolate-vs-deflate'), withKnobs(knobs));
    expect(report.verdict).toBe('unsafe');
    expect(report.violations.map((v) => v.violation.invariant)).toContain('list-corruption');
  });

  it('shows the code of the knobs, not of the named variant', () => {
    const scenario = byId('isolate-vs-deflate');
    const isolateCpu = scenario.cpus.findIndex((c) => c.program === 'isolate');
    const code = (v: Variants) =>
      programListing(scenario, v, isolateCpu)
        .filter((l) => l.fn === 'balloon_page_isolate')
        .map((l) => l.lineId);
    const before = code(withKnobs({ ...balloonKnobs('patched'), readPrivateUnderLock: false }));
    expect(before).toEqual(code({ balloon: 'no-page-lock', core: 'core-page-lock' }));
    expect(before).not.toEqual(code({ balloon: 'patched', core: 'core-page-lock' }));
  });
});

describe('program listings', () => {
  const listing = (id: string, cpu: number) =>
    programListing(byId(id), { balloon: 'patched', core: 'core-page-lock' }, cpu);

  it('marks migration lines unreachable for a compaction CPU that puts the page back', () => {
    const lines = listing('isolate-vs-deflate', 0);
    expect(lines.some((l) => l.lineId.startsWith('mig.'))).toBe(true);
    expect(lines.filter((l) => !l.reachable).every((l) => l.lineId.startsWith('mig.'))).toBe(true);
    expect(lines.filter((l) => l.lineId.startsWith('mig.')).every((l) => !l.reachable)).toBe(true);
  });

  it('keeps every line reachable for a CPU that migrates, or that is not compaction', () => {
    const migrateCpu = byId('migrate-vs-deflate').cpus.findIndex((c) => c.args.then === 'migrate');
    expect(listing('migrate-vs-deflate', migrateCpu).every((l) => l.reachable)).toBe(true);
    expect(listing('isolate-vs-deflate', 1).every((l) => l.reachable)).toBe(true);
  });
});

describe('continuations of a paused run', () => {
  it('finds both endings of the patched race from the start, and only the refusal once deflate won', async () => {
    const { replay, terminalStatesFrom, compactionIsolated, scheduleFromNames } =
      await import('../../src/model');
    const scenario = byId('isolate-vs-deflate');
    const v = { balloon: 'patched', core: 'core-page-lock' } as const;
    const fromStart = terminalStatesFrom(replay(scenario, v, []).snapshots[0]);
    expect(new Set(fromStart.map((s) => compactionIsolated(s.cpus[0])))).toEqual(
      new Set([true, false]),
    );
    // B deflates P completely before A looks: A can only be refused.
    const deflated = replay(scenario, v, scheduleFromNames(scenario, Array(9).fill('B')));
    expect(deflated.stoppedAt).toBeUndefined();
    const ends = terminalStatesFrom(deflated.snapshots.at(-1)!);
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.every((s) => !compactionIsolated(s.cpus[0]))).toBe(true);
  });
});
