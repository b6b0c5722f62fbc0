import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createLabMachine, type LabEvent, type LabInput } from '../../../src/machines';
import { play, scheduleFromNames, stopSentence } from '../../../src/model';
import { narrateChange, narrateOpened } from '../../../src/islands/lab/narrate';
import { labStartContext } from '../../../src/machines/labContext';
import { RACE, scenario } from './fixtures';

const race = scenario('isolate-vs-deflate');

/** Runs the real lab machine and narrates each event, as the island does. */
function narrator(input: LabInput) {
  const actor = createActor(createLabMachine(race), { input }).start();
  return (event: LabEvent): string => {
    const before = actor.getSnapshot().context;
    actor.send(event);
    return narrateChange(race, before, actor.getSnapshot().context, event);
  };
}

const noPageLock = { balloon: 'no-page-lock', core: 'core-page-lock' } as const;

describe('the lab narrator', () => {
  it('says what a step did, from the model narration', () => {
    const say = narrator({ ...noPageLock });
    expect(say({ type: 'cpu.step', cpu: 0 })).toBe(
      'Step 1: CPU A peeks at P without locks: a movable_ops page, not isolated.',
    );
  });

  it('names who spins when a CPU takes balloon_pages_lock', () => {
    const schedule = scheduleFromNames(race, ['A', 'A', 'A', 'A', 'A', 'B']);
    const say = narrator({ ...noPageLock, schedule });
    expect(say({ type: 'cpu.step', cpu: 1 })).toBe(
      'Step 7: CPU B takes balloon_pages_lock; CPU A spins.',
    );
  });

  it('explains a step that could not run', () => {
    const schedule = scheduleFromNames(race, ['A', 'A', 'A', 'A', 'A', 'B', 'B']);
    const say = narrator({ ...noPageLock, schedule });
    expect(say({ type: 'cpu.step', cpu: 0 })).toBe(
      'No step taken: CPU A is spinning on balloon_pages_lock held by CPU B.',
    );
  });

  it('announces the violation on the step that breaks an invariant', () => {
    const say = narrator({ ...noPageLock, schedule: scheduleFromNames(race, RACE.slice(0, -1)) });
    const text = say({ type: 'cpu.step', cpu: 0 });
    expect(text).toMatch(/^Step 16: CPU A unlinks P, believing it is on the balloon list\./);
    expect(text).toContain(
      "Invariant broken: CPU A unlinks P at `list_del(&page->lru);` in balloon_page_isolate() while P is on CPU B's local pages list: list corruption.",
    );
  });

  it('narrates undo, redo, jumps and reset', () => {
    const say = narrator({ ...noPageLock, schedule: [0, 0, 0] });
    expect(say({ type: 'history.undo' })).toBe(
      'Undid step 3. At step 2 of 3: CPU A takes a reference to P.',
    );
    expect(say({ type: 'history.redo' })).toBe('Redid step 3: CPU A locks P.');
    expect(say({ type: 'history.redo' })).toBe('Nothing to redo.');
    expect(say({ type: 'history.jump', index: 0 })).toBe('At the start of the run (step 0 of 3).');
    expect(say({ type: 'history.undo' })).toBe('Nothing to undo: this is the start of the run.');
    expect(say({ type: 'reset' })).toBe('Reset: back to the start, with an empty schedule.');
  });

  it('says when a variant switch had to cut the schedule, and why', () => {
    const schedule = scheduleFromNames(race, RACE);
    const say = narrator({ ...noPageLock, schedule });
    const { stop } = play(race, { ...noPageLock, balloon: 'patched' }, schedule);
    expect(stop).toMatchObject({ kind: 'cannot-run', index: 6, cpu: 'B' });
    expect(say({ type: 'variant.set', balloon: 'patched' })).toBe(
      `Balloon code: After the patch; migration core: Core takes the page lock (today). The schedule was cut from 16 steps to 6 steps because ${stopSentence(stop!, 'here')}.`,
    );
  });

  it('says when a variant switch replayed the same schedule', () => {
    const say = narrator({ ...noPageLock, schedule: [0, 0] });
    expect(say({ type: 'variant.set', balloon: 'patched' })).toMatch(
      /The same 2 steps replayed under it\.$/,
    );
  });
});

describe('a run opened from a link', () => {
  it('narrates the restored step, with the broken invariant', () => {
    const ctx = labStartContext(race, { ...noPageLock, schedule: scheduleFromNames(race, RACE) });
    const text = narrateOpened(ctx);
    expect(text).toMatch(
      /^Opened the run from the link at step 16 of 16\. Step 16: CPU A unlinks P, believing it is on the balloon list\./,
    );
    expect(text).toMatch(/Invariant broken: .*list corruption\./);
  });

  it('says so when the link holds no step', () => {
    expect(narrateOpened(labStartContext(race, noPageLock))).toBe(
      'Opened the run from the link: at the start, no step taken yet.',
    );
  });
});
