/**
 * The lab: one scenario run as a statechart. Its context is plain JSON — the variants, the
 * schedule (CPU indexes) and a cursor into it — and every kernel snapshot is derived by
 * replaying the schedule through the model. Guards and actions are one-liners over the model.
 */
import { assign, setup } from 'xstate';
import {
  runnablePrefix,
  whyNot,
  type BalloonVariant,
  type CoreVariant,
  type Scenario,
  type Variants,
} from '../model';
import { labStartContext, labState, type LabContext, type LabInput } from './labContext';

export { labStartContext, labState, type LabContext, type LabInput } from './labContext';

/** Everything the lab accepts. */
export type LabEvent =
  | { type: 'cpu.step'; cpu: number }
  | { type: 'history.undo' }
  | { type: 'history.redo' }
  | { type: 'history.jump'; index: number }
  | { type: 'variant.set'; balloon?: BalloonVariant; core?: CoreVariant }
  | { type: 'reset' };

/** The lab machine for one scenario (guards need the scenario to replay schedules). */
export function createLabMachine(scenario: Scenario) {
  const canRun = (c: LabContext, cpu: number) => whyNot(labState(scenario, c), cpu) === null;
  const fit = (c: LabContext, v: Variants, schedule = c.schedule) =>
    runnablePrefix(scenario, v, schedule);
  return setup({
    types: { context: {} as LabContext, events: {} as LabEvent, input: {} as LabInput | undefined },
    guards: {
      cpuCanRun: ({ context, event }) => event.type === 'cpu.step' && canRun(context, event.cpu),
      canUndo: ({ context }) => context.cursor > 0,
      canRedo: ({ context }) => context.cursor < context.schedule.length,
      indexInHistory: ({ context, event }) =>
        event.type === 'history.jump' &&
        Number.isInteger(event.index) &&
        event.index >= 0 &&
        event.index <= context.schedule.length,
    },
    actions: {
      appendStep: assign(({ context, event }) => {
        const schedule = [
          ...context.schedule.slice(0, context.cursor),
          (event as { cpu: number }).cpu,
        ];
        return { schedule, cursor: schedule.length };
      }),
      undo: assign({ cursor: ({ context }) => context.cursor - 1 }),
      redo: assign({ cursor: ({ context }) => context.cursor + 1 }),
      jump: assign({ cursor: ({ event }) => (event as { index: number }).index }),
      setVariants: assign(({ context, event }) => {
        const e = event as { balloon?: BalloonVariant; core?: CoreVariant };
        const v = { balloon: e.balloon ?? context.balloon, core: e.core ?? context.core };
        const schedule = fit(context, v);
        return { ...v, schedule, cursor: Math.min(context.cursor, schedule.length) };
      }),
      reset: assign({ schedule: () => [], cursor: () => 0 }),
    },
  }).createMachine({
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
          reset: { actions: 'reset' },
        },
      },
    },
  });
}

/** The machine type, for widgets that hold one. */
export type LabMachine = ReturnType<typeof createLabMachine>;
