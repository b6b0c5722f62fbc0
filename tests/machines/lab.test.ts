/** The lab machine: history is the schedule, snapshots are replays, guards ask the model. */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { loadScenarios } from '../../src/scenarios/load';
import { createLabMachine, labState, type LabEvent, type LabInput } from '../../src/machines';

const scenario = loadScenarios().find((s) => s.id === 'isolate-vs-deflate')!;
const machine = createLabMachine(scenario);

function run(events: LabEvent[], input: LabInput = {}) {
  let [snap] = initialTransition(machine, input);
  for (const e of events) [snap] = transition(machine, snap, e);
  return snap;
}
const stepCpu = (cpu: number): LabEvent => ({ type: 'cpu.step', cpu });
const noPageLock = { balloon: 'no-page-lock', core: 'core-page-lock' } as const;
const patched = { balloon: 'patched', core: 'core-page-lock' } as const;

describe('labMachine', () => {
  it('starts empty with the default variants and plain JSON context', () => {
    const snap = run([]);
    const { tape, ...rest } = snap.context;
    expect(rest).toEqual({
      scenarioId: 'isolate-vs-deflate',
      balloon: 'patched',
      core: 'core-page-lock',
      schedule: [],
      cursor: 0,
    });
    expect(tape.snapshots).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(snap.context))).toEqual(snap.context);
  });

  it('keeps the tape in step with the schedule, so the shown state is read, not replayed', () => {
    const snap = run([stepCpu(0), stepCpu(1), stepCpu(0), { type: 'history.undo' }]);
    const { tape, schedule, cursor } = snap.context;
    expect(tape.schedule).toEqual(schedule);
    expect(tape.snapshots).toHaveLength(schedule.length + 1);
    expect(labState(snap.context)).toBe(tape.snapshots[cursor]);
    expect(tape.records.map((r) => r.cpu)).toEqual([0, 1, 0]);
  });

  it('run.open replaces the run with a restored one, cut where it stops', () => {
    const snap = run([stepCpu(1), { type: 'run.open', ...noPageLock, schedule: [0, 0, 0] }]);
    expect(snap.context).toMatchObject({ ...noPageLock, schedule: [0, 0, 0], cursor: 3 });
    const cut = run([{ type: 'run.open', ...patched, schedule: [0, 0, 0, 0, 0, 1, 1] }]);
    expect(cut.context).toMatchObject({ schedule: [0, 0, 0, 0, 0, 1], cursor: 6 });
    expect(cut.context.tape.stop).toMatchObject({ index: 6, cpu: 'B' });
  });

  it('an input cursor starts part-way through its schedule', () => {
    const snap = run([], { schedule: [0, 0, 1], cursor: 1 });
    expect(snap.context).toMatchObject({ schedule: [0, 0, 1], cursor: 1 });
    expect(run([], { schedule: [0], cursor: 7 }).context.cursor).toBe(1);
  });

  it('appends runnable steps and refuses a blocked CPU', () => {
    const snap = run([stepCpu(1), stepCpu(1), ...Array(4).fill(stepCpu(0)), stepCpu(0)]);
    // A is spinning on balloon_pages_lock held by B: its 5th step is refused.
    expect(snap.context.schedule).toEqual([1, 1, 0, 0, 0, 0]);
    expect(labState(snap.context).spinHolder).toBe(1);
  });

  it('undo keeps the redo tail; stepping after undo truncates it', () => {
    const base = [stepCpu(0), stepCpu(0), stepCpu(1)];
    const undone = run([...base, { type: 'history.undo' }, { type: 'history.undo' }]);
    expect(undone.context).toMatchObject({ schedule: [0, 0, 1], cursor: 1 });
    expect(run([...base, { type: 'history.undo' }, { type: 'history.redo' }]).context.cursor).toBe(
      3,
    );
    expect(
      run([...base, { type: 'history.undo' }, { type: 'history.undo' }, stepCpu(1)]).context,
    ).toMatchObject({ schedule: [0, 1], cursor: 2 });
  });

  it('jumps only inside the history, and reset clears it', () => {
    const base = [stepCpu(0), stepCpu(1), stepCpu(0)];
    expect(run([...base, { type: 'history.jump', index: 1 }]).context.cursor).toBe(1);
    expect(run([...base, { type: 'history.jump', index: 9 }]).context.cursor).toBe(3);
    expect(run([...base, { type: 'reset' }]).context).toMatchObject({ schedule: [], cursor: 0 });
    expect(run([{ type: 'history.undo' }]).context.cursor).toBe(0);
  });

  it('variant.set replays the schedule and truncates at the first step no longer runnable', () => {
    const kept = run([
      stepCpu(1),
      stepCpu(1),
      { type: 'variant.set', balloon: 'page-lock', core: 'core-racy' },
    ]);
    expect(kept.context).toMatchObject({
      balloon: 'page-lock',
      core: 'core-racy',
      schedule: [1, 1],
      cursor: 2,
    });
    // no-page-lock: A's 5th step reads page->private, so B can take the spinlock afterwards.
    const race = [0, 0, 0, 0, 0, 1, 1].map(stepCpu);
    expect(run(race, { balloon: 'no-page-lock' }).context.schedule).toEqual([0, 0, 0, 0, 0, 1, 1]);
    // patched: A's 5th step is spin_lock, so B's spin_lock (the 7th step) can no longer run.
    const cut = run([...race, { type: 'variant.set', balloon: 'patched' }], {
      balloon: 'no-page-lock',
    });
    expect(cut.context).toMatchObject({
      balloon: 'patched',
      schedule: [0, 0, 0, 0, 0, 1],
      cursor: 6,
    });
  });
});
