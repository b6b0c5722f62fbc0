/**
 * The lab's context and how a run starts, without XState: the lab island shows the starting
 * context before it loads XState (on first use), and the machine starts from the very same one.
 * The context is the run (src/model/run) plus its tape, the replay every view reads: the
 * machine keeps the tape in step with the schedule, so no view replays anything.
 */
import {
  DEFAULT_VARIANTS,
  play,
  stateAt,
  type BalloonVariant,
  type CoreVariant,
  type KernelState,
  type Run,
  type Scenario,
  type Tape,
  type Variants,
} from '../model';

/** The lab's context: the run, and the tape its schedule (redo tail included) replays to. */
export interface LabContext extends Run {
  tape: Tape;
}

/** Optional start: variants, a schedule (e.g. from a shared URL) and how much of it to show. */
export interface LabInput {
  balloon?: BalloonVariant;
  core?: CoreVariant;
  schedule?: number[];
  cursor?: number;
}

/** The variants a context runs under. */
export const variantsOf = (c: Run): Variants => ({ balloon: c.balloon, core: c.core });

/** The context for `schedule` under `variants`, cut where a step cannot run (tape.stop says). */
export function runContext(
  scenario: Scenario,
  variants: Variants,
  schedule: readonly number[],
  cursor = Infinity,
  from?: Tape,
): LabContext {
  const tape = play(scenario, variants, schedule, from);
  const kept = tape.schedule;
  const at = Math.max(0, Math.min(Math.floor(cursor), kept.length));
  return { scenarioId: scenario.id, ...variants, schedule: kept, cursor: at, tape };
}

/** The context a run starts from: the variants, and as much of the schedule as can run. */
export function labStartContext(scenario: Scenario, input: LabInput | undefined): LabContext {
  const balloon = input?.balloon ?? DEFAULT_VARIANTS.balloon;
  const core = input?.core ?? DEFAULT_VARIANTS.core;
  return runContext(scenario, { balloon, core }, input?.schedule ?? [], input?.cursor);
}

/** The kernel state the lab shows. */
export const labState = (c: LabContext): KernelState => stateAt(c.tape, c.cursor);
