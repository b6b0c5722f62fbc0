import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createLabMachine, type LabEvent, type LabInput } from '../../../src/machines';
import { play, scheduleFromNames, stopSentence } from '../../../src/model';
import { narrateChange, narrateOpened } from '../../../src/islands/lab/narrate';
import { labStartContext, labState } from '../../../src/machines/labContext';
import { verdictOf } from '../../../src/islands/lab/view';
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

  it('leaves the verdict to the verdict panel on the step that breaks an invariant', () => {
    const say = narrator({ ...noPageLock, schedule: scheduleFromNames(race, RACE.slice(0, -1)) });
    const text = say({ type: 'cpu.step', cpu: 0 });
    expect(text).toBe('Step 16: CPU A unlinks P, believing it is on the balloon list.');
  });

  it('never says what the verdict panel (a status region of its own) says, step by step', () => {
    /** Checks one event's narration against the verdict it leads to; returns that verdict's kind. */
    const check = (actor: ReturnType<typeof start>, event: LabEvent): string => {
      const before = actor.getSnapshot().context;
      actor.send(event);
      const after = actor.getSnapshot().context;
      const text = narrateChange(race, before, after, event);
      const verdict = verdictOf(labState(after));
      for (const said of [verdict.label, ...verdict.sentences])
        expect(text, `${event.type} at step ${after.cursor}`).not.toContain(said);
      expect(text).not.toMatch(/invariant/i);
      return verdict.kind;
    };
    const start = () => createActor(createLabMachine(race), { input: { ...noPageLock } }).start();
    const after = (actor: ReturnType<typeof start>, kinds: string[]) => {
      const end = actor.getSnapshot().context.cursor;
      for (const event of [
        { type: 'history.undo' },
        { type: 'history.redo' },
        { type: 'history.jump', index: 3 },
        { type: 'history.jump', index: end },
      ] as LabEvent[])
        kinds.push(check(actor, event));
    };
    // The race, to its broken invariant.
    const broken = start();
    const raced = RACE.map((n) => check(broken, { type: 'cpu.step', cpu: n === 'A' ? 0 : 1 }));
    after(broken, raced);
    expect(raced).toContain('violation');
    // A run to its end: A as far as it goes, then whoever can run (refused steps narrate too).
    const ended = start();
    const kinds: string[] = [];
    for (let i = 0; i < 200 && !kinds.includes('finished'); i++) {
      const cursor = ended.getSnapshot().context.cursor;
      kinds.push(check(ended, { type: 'cpu.step', cpu: 0 }));
      if (ended.getSnapshot().context.cursor === cursor)
        kinds.push(check(ended, { type: 'cpu.step', cpu: 1 }));
    }
    after(ended, kinds);
    expect(kinds).toContain('finished');
    // A run opened from a link at the broken step.
    const opened = labStartContext(race, {
      ...noPageLock,
      schedule: scheduleFromNames(race, RACE),
    });
    const verdict = verdictOf(labState(opened));
    expect(verdict.kind).toBe('violation');
    for (const said of [verdict.label, ...verdict.sentences])
      expect(narrateOpened(opened)).not.toContain(said);
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
  it('narrates the restored step (the verdict panel says what broke)', () => {
    const ctx = labStartContext(race, { ...noPageLock, schedule: scheduleFromNames(race, RACE) });
    expect(narrateOpened(ctx)).toBe(
      'Opened the run from the link at step 16 of 16. Step 16: CPU A unlinks P, believing it is on the balloon list.',
    );
  });

  it('says so when the link holds no step', () => {
    expect(narrateOpened(labStartContext(race, noPageLock))).toBe(
      'Opened the run from the link: at the start, no step taken yet.',
    );
  });
});
