/**
 * The lab: one scenario run as a statechart. Its context is the run — the variants, the
 * schedule (CPU indexes) and a cursor into it — with the tape of snapshots it replays to. Every
 * event that changes the schedule extends the tape from the one before (one model step per
 * Step click); undo, redo and jumps only move the cursor. Guards and actions are one-liners.
 */
import { assign, createMachine } from 'xstate';
import {
  liveRun,
  stateAt,
  whyNot,
  type BalloonVariant,
  type CoreVariant,
  type Scenario,
} from '../model';
import { labStartContext, variantsOf } from './labContext';
import type { LabContext, LabInput } from './labContext';

export { labStartContext, labState, type LabContext, type LabInput } from './labContext';

/** Everything the lab accepts. */
export type LabEvent =
  | { type: 'cpu.step'; cpu: number }
  | { type: 'history.undo' }
  | { type: 'history.redo' }
  | { type: 'history.jump'; index: number }
  | { type: 'variant.set'; balloon?: BalloonVariant; core?: CoreVariant }
  | { type: 'run.open'; balloon: BalloonVariant; core: CoreVariant; schedule: number[] }
  | { type: 'reset' };

type Ev<T extends LabEvent['type']> = Extract<LabEvent, { type: T }>;

/** The lab machine for one scenario (its actions extend the run's tape through the model). */
export function createLabMachine(scenario: Scenario) {
  const stepped = (c: LabContext, cpu: number) =>
    liveRun(scenario, variantsOf(c), [...c.schedule.slice(0, c.cursor), cpu], Infinity, c.tape);
  const revariant = (c: LabContext, e: Ev<'variant.set'>) => {
    const v = { balloon: e.balloon ?? c.balloon, core: e.core ?? c.core };
    return liveRun(scenario, v, c.schedule, c.cursor);
  };
  // createMachine(config, implementations) rather than setup(): setup() returns helpers for every
  // built-in action (sendTo, spawnChild, enqueueActions, …), which the bundle must then keep
  // (0.8 KB gzip of the lab's budget); the named guards and actions are the same.
  return createMachine(
    {
      types: {
        context: {} as LabContext,
        events: {} as LabEvent,
        input: {} as LabInput | undefined,
      },
      id: 'lab',
      context: ({ input }) => labStartContext(scenario, input),
      initial: 'running',
      states: {
        running: {
          on: {
            'cpu.step': { guard: 'cpuCanRun', actions: 'appendStep' },
            'history.undo': { guard: 'canUndo', actions: 'undo' },
            'history.redo': { guard: 'canRedo', actions: 'redo' },
            'history.jump': { guard: 'indexInHistory', actions: 'jump' },
            'variant.set': { actions: 'setVariants' },
            'run.open': { actions: 'openRun' },
            reset: { actions: 'reset' },
          },
        },
      },
    },
    {
      guards: {
        cpuCanRun: ({ context, event }) =>
          event.type === 'cpu.step' &&
          whyNot(stateAt(context.tape, context.cursor), event.cpu) === null,
        canUndo: ({ context }) => context.cursor > 0,
        canRedo: ({ context }) => context.cursor < context.schedule.length,
        indexInHistory: ({ context, event }) =>
          event.type === 'history.jump' &&
          Number.isInteger(event.index) &&
          event.index >= 0 &&
          event.index <= context.schedule.length,
      },
      actions: {
        appendStep: assign(({ context, event }) => stepped(context, (event as Ev<'cpu.step'>).cpu)),
        undo: assign({ cursor: ({ context }) => context.cursor - 1 }),
        redo: assign({ cursor: ({ context }) => context.cursor + 1 }),
        jump: assign({ cursor: ({ event }) => (event as Ev<'history.jump'>).index }),
        setVariants: assign(({ context, event }) => revariant(context, event as Ev<'variant.set'>)),
        openRun: assign(({ event }) => {
          const { balloon, core, schedule } = event as Ev<'run.open'>;
          return liveRun(scenario, { balloon, core }, schedule);
        }),
        reset: assign(({ context }) => liveRun(scenario, variantsOf(context), [], 0, context.tape)),
      },
    },
  );
}

/** The machine type, for widgets that hold one. */
export type LabMachine = ReturnType<typeof createLabMachine>;
