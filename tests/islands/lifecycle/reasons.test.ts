import { describe, expect, it } from 'vitest';
import { PAGE_FIELDS, OWNER_SENTENCE } from '../../../src/model/lifecycleFields';
import { narrate, refusal, statesAccepting } from '../../../src/islands/lifecycle/reasons';
import { summary } from '../../../src/islands/lifecycle/LifecycleIsland';
import { LIFECYCLE, LIFECYCLE_EVENTS, LIFECYCLE_STATES } from '../../../src/model';

describe('lifecycle sentences', () => {
  it('explains a refused event with the states that accept it', () => {
    expect(refusal('deflated', 'ISOLATE')).toBe(
      'ISOLATE is not accepted in deflated: an isolated page must be on the balloon list first (it applies in onList).',
    );
    expect(refusal('onList', 'FREE')).toMatch(
      /^FREE is not accepted in onList: .*\(it applies in inflating or deflated\)\.$/,
    );
  });

  it('says a final state takes nothing', () => {
    for (const event of LIFECYCLE_EVENTS) {
      expect(refusal('freed', event)).toBe(
        `${event} is not accepted in freed: freed is final, the page is gone.`,
      );
    }
  });

  it('refuses exactly what the LIFECYCLE table leaves out', () => {
    for (const state of LIFECYCLE_STATES) {
      for (const event of LIFECYCLE_EVENTS) {
        expect(refusal(state, event) === null).toBe(LIFECYCLE[state][event] !== undefined);
      }
    }
    expect(statesAccepting('MIGRATE_DONE')).toEqual(['migrating']);
  });

  it('narrates an accepted event with the new owner', () => {
    expect(narrate('ISOLATE', 'onList', 'isolated')).toBe(
      'ISOLATE: onList → isolated. Compaction now owns the page.',
    );
  });

  it('describes the fields and the owner of every state', () => {
    for (const state of LIFECYCLE_STATES) {
      expect(PAGE_FIELDS[state].owner).not.toBe('');
      expect(OWNER_SENTENCE[state]).toMatch(/\.$/);
    }
    // docs/kernel-model.md §4: the migration core's flag is set exactly while compaction owns the page.
    const iso = LIFECYCLE_STATES.filter((s) => PAGE_FIELDS[s].isolated === 'yes');
    expect(iso).toEqual(['isolated', 'migrating']);
  });

  it('summarises the diagram for the current state', () => {
    expect(summary('isolated')).toBe(
      'Page lifecycle statechart. Current state: isolated. It accepts PUTBACK to onList and MIGRATE_START to migrating.',
    );
    expect(summary('freed')).toMatch(/accepts no events: freed is final/);
  });
});
