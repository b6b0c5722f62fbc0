/** Where the shown code comes from: each balloon variant names the commit it is or changes. */
import { describe, expect, it } from 'vitest';
import { BALLOON_VARIANTS, balloonKnobs, sourceBasis } from '../../src/model';

describe('sourceBasis (the lab and trace source line)', () => {
  it('names the real commits for the real variants', () => {
    expect(sourceBasis({ balloon: 'page-lock', core: 'core-page-lock' })).toBe('commit 8202313e');
    expect(sourceBasis({ balloon: 'patched', core: 'core-page-lock' })).toBe('commit a3fafdd');
  });

  it('calls no-page-lock the parent commit minus its page-lock lines, not a variant of a3fafdd', () => {
    const basis = sourceBasis({ balloon: 'no-page-lock', core: 'core-page-lock' });
    expect(basis).toBe('hypothetical: commit 8202313e minus its page-lock lines');
    const info = BALLOON_VARIANTS.find((v) => v.id === 'no-page-lock')!;
    expect(`${info.description} ${info.source}`).toContain('8202313e');
    expect(`${info.description} ${info.source}`).not.toContain('a3fafdd');
  });

  it('builds patched-finalize-outside on a3fafdd', () => {
    expect(sourceBasis({ balloon: 'patched-finalize-outside', core: 'core-page-lock' })).toMatch(
      /^hypothetical: commit a3fafdd /,
    );
  });

  it('adds the hypothetical core, and names free knobs by the variant they match', () => {
    expect(sourceBasis({ balloon: 'patched', core: 'core-racy' })).toBe(
      'commit a3fafdd, with a hypothetical migration core',
    );
    const knobs = balloonKnobs('page-lock');
    expect(sourceBasis({ balloon: 'patched', core: 'core-page-lock', knobs })).toBe(
      'commit 8202313e',
    );
    const mixed = { ...knobs, readPrivateUnderLock: true };
    expect(sourceBasis({ balloon: 'patched', core: 'core-page-lock', knobs: mixed })).toMatch(
      /^hypothetical: a mix of commits 8202313e and a3fafdd$/,
    );
  });
});
