import { describe, expect, it } from 'vitest';
import { BALLOON_VARIANTS, namedVariantFor } from '../../../src/model';
import {
  knobsOf,
  namedLine,
  PATCHED,
  withKnobs,
  type Toggles,
} from '../../../src/islands/breakthefix/toggles';
import { namedToggles, variantsFor } from '../../../src/islands/breakthefix/live';

const patched: Toggles = { scenario: 'isolate-vs-deflate', ...PATCHED };

describe('toggles → knobs → named variant', () => {
  it('starts from the patched code under today’s core', () => {
    expect(knobsOf(patched)).toEqual({
      pageLock: false,
      readPrivateUnderLock: true,
      finalizeUnderLock: true,
    });
    expect(namedVariantFor(knobsOf(patched))).toBe('patched');
  });

  it('moving the read of page->private before spin_lock is the no-page-lock mistake', () => {
    const moved: Toggles = { ...patched, readPrivate: 'before-lock' };
    expect(namedVariantFor(knobsOf(moved))).toBe(null);
    const old: Toggles = { ...moved, finalize: 'after-unlock' };
    expect(namedVariantFor(knobsOf(old))).toBe('no-page-lock');
    expect(namedVariantFor(knobsOf({ ...old, pageLock: true }))).toBe('page-lock');
    expect(namedVariantFor(knobsOf({ ...patched, finalize: 'after-unlock' }))).toBe(
      'patched-finalize-outside',
    );
  });

  it('maps exactly the four named variants and nothing else to a name', () => {
    const all: Toggles[] = [];
    for (const pageLock of [false, true])
      for (const readPrivate of ['under-lock', 'before-lock'] as const)
        for (const finalize of ['under-lock', 'after-unlock'] as const)
          all.push({ ...patched, pageLock, readPrivate, finalize });
    const named = all.map((t) => namedVariantFor(knobsOf(t))).filter(Boolean);
    expect(named.sort()).toEqual(BALLOON_VARIANTS.map((v) => v.id).sort());
  });

  it('withKnobs is the inverse of knobsOf and keeps scenario and core', () => {
    const t: Toggles = {
      scenario: 'migrate-vs-deflate',
      readPrivate: 'before-lock',
      finalize: 'after-unlock',
      pageLock: true,
      core: 'core-racy',
    };
    expect(withKnobs(patched, knobsOf(t))).toEqual({
      ...t,
      scenario: patched.scenario,
      core: patched.core,
    });
  });

  it('names the real commits in the named-variant line', () => {
    expect(namedLine('page-lock')).toBe('This is exactly the code before the patch (8202313e).');
    expect(namedLine('patched')).toContain('a3fafdd3');
    expect(namedLine(null)).toContain('none of the named variants');
  });

  it('passes the knobs to the model, with the matching named id and the core', () => {
    const t: Toggles = {
      ...patched,
      readPrivate: 'before-lock',
      finalize: 'after-unlock',
      core: 'core-test-and-set',
    };
    expect(variantsFor(t)).toEqual({
      balloon: 'no-page-lock',
      core: 'core-test-and-set',
      knobs: knobsOf(t),
    });
    const own: Toggles = { ...patched, pageLock: true };
    expect(variantsFor(own)).toEqual({
      balloon: 'patched',
      core: 'core-page-lock',
      knobs: knobsOf(own),
    });
  });

  it('sets the toggles to any named variant and keeps scenario and core', () => {
    const t: Toggles = { ...patched, scenario: 'migrate-vs-deflate', core: 'core-racy' };
    for (const { id } of BALLOON_VARIANTS) {
      const named = namedToggles(t, id);
      expect(namedVariantFor(knobsOf(named))).toBe(id);
      expect([named.scenario, named.core]).toEqual(['migrate-vs-deflate', 'core-racy']);
    }
  });
});
