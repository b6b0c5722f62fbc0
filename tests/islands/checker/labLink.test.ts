import { describe, expect, it } from 'vitest';
import { labHref } from '../../../src/islands/checker/labLink';
import { readHash } from '../../../src/model';
import { loadScenarios } from '../../../src/scenarios/load';

const scenario = loadScenarios().find((s) => s.id === 'isolate-vs-deflate')!;
const variants = { balloon: 'no-page-lock', core: 'core-page-lock' } as const;

describe('labHref', () => {
  it('writes the agreed share format on the same page', () => {
    expect(labHref('isolate-vs-deflate', variants, ['A', 'A', 'B'])).toBe(
      '#lab=isolate-vs-deflate~no-page-lock~core-page-lock~A.A.B',
    );
  });

  it('is read back by the lab as the same run', () => {
    const proof = ['A', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'A', 'A'];
    const result = readHash(labHref(scenario.id, variants, proof), scenario);
    expect(result).toEqual({
      kind: 'run',
      total: proof.length,
      run: { ...variants, schedule: proof.map((name) => (name === 'A' ? 0 : 1)) },
    });
  });
});
