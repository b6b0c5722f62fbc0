/** A claim's proof must replay: where it cannot, the build says so in the model's words. */
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/scenarios/claims';
import { loadScenarios } from '../../src/scenarios/load';
import { checkSchedule, stopSentence, type Scenario } from '../../src/model';

const race = loadScenarios().find((s) => s.id === 'isolate-vs-deflate')!;
const file = 'content/scenarios/isolate-vs-deflate.yaml';

/** The scenario with one claimed violation whose proof is `proof`. */
const claiming = (proof: string[]): Scenario => ({
  ...race,
  expect: [{ balloon: 'patched', core: 'core-page-lock', verdict: 'list-corruption', proof }],
});

describe('a proof that cannot run', () => {
  it('names the claim, the proof step and the model’s stop sentence', () => {
    // Under the patch A holds balloon_pages_lock after five steps, so B spins at step 7.
    const proof = ['A', 'A', 'A', 'A', 'A', 'B', 'B'];
    const { stop } = checkSchedule(race, { balloon: 'patched', core: 'core-page-lock' }, proof);
    expect(stop).toMatchObject({ kind: 'cannot-run', index: 6, cpu: 'B' });
    expect(checkClaims(claiming(proof), file)).toEqual([
      `${file}: expect[0].proof[6]: ${stopSentence(stop!)}`,
    ]);
  });
});
