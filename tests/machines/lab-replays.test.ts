/**
 * No schedule is replayed per click: the lab machine extends its tape by one model step for a
 * Step click, none for undo, redo or a jump, and the narrator reads the tape. Counted by wrapping
 * the model's step(), the only function that advances a kernel state.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ steps: 0 }));
vi.mock('../../src/model/step', async (original) => {
  const real = await original<typeof import('../../src/model/step')>();
  return {
    ...real,
    step: (...args: Parameters<typeof real.step>) => {
      calls.steps++;
      return real.step(...args);
    },
  };
});

const { createActor } = await import('xstate');
const { createLabMachine } = await import('../../src/machines/lab');
const { narrateChange } = await import('../../src/islands/lab/narrate');
const { scheduleFromNames } = await import('../../src/model');
const { RACE, scenario } = await import('../islands/lab/fixtures');
type LabEvent = import('../../src/machines/lab').LabEvent;

const race = scenario('isolate-vs-deflate');
const input = { balloon: 'no-page-lock', core: 'core-page-lock' } as const;

/** Sends one event and narrates it, as the island's act() does; returns the steps it cost. */
function click(actor: ReturnType<typeof start>, event: LabEvent): number {
  calls.steps = 0;
  const before = actor.getSnapshot().context;
  actor.send(event);
  narrateChange(race, before, actor.getSnapshot().context, event);
  return calls.steps;
}
const start = () => createActor(createLabMachine(race), { input }).start();

beforeEach(() => {
  calls.steps = 0;
});

describe('model steps per click', () => {
  it('each Step click costs one model step, from the first to the sixteenth', () => {
    const actor = start();
    const costs = scheduleFromNames(race, RACE).map((cpu) =>
      click(actor, { type: 'cpu.step', cpu }),
    );
    expect(costs).toEqual(RACE.map(() => 1));
    expect(actor.getSnapshot().context.schedule).toHaveLength(16);
  });

  it('a refused step, undo, redo and a jump cost none', () => {
    const actor = start();
    for (const cpu of scheduleFromNames(race, ['A', 'A', 'A', 'A', 'A', 'B', 'B'])) {
      click(actor, { type: 'cpu.step', cpu });
    }
    // A spins on balloon_pages_lock held by B: the guard refuses without stepping.
    expect(click(actor, { type: 'cpu.step', cpu: 0 })).toBe(0);
    expect(click(actor, { type: 'history.undo' })).toBe(0);
    expect(click(actor, { type: 'history.redo' })).toBe(0);
    expect(click(actor, { type: 'history.jump', index: 2 })).toBe(0);
    // A step after a jump back reuses the two steps before it.
    expect(click(actor, { type: 'cpu.step', cpu: 1 })).toBe(1);
  });

  it('a variant switch replays the schedule once', () => {
    const actor = start();
    for (const cpu of [0, 0, 1]) click(actor, { type: 'cpu.step', cpu });
    expect(click(actor, { type: 'variant.set', balloon: 'patched' })).toBe(3);
  });
});
