/**
 * The lab's context and how a run starts, without XState: the lab island shows the starting
 * context before it loads XState (on first use), and the machine starts from the very same one.
 * The context is the run (src/model/run) with its tape, the replay every view reads: the
 * machine keeps the tape in step with the schedule, so no view replays anything.
 */
import {
  DEFAULT_VARIANTS,
  liveRun,
  stateAt,
  type BalloonVariant,
  type CoreVariant,
  type KernelState,
  type LiveRun,
  type Run,
  type Scenario,
  type Variants,
} from '../model';

/** The lab's context: the run, and the tape its schedule (redo tail included) replays to. */
export type LabContext = LiveRun;

/** Optional start: variants, a schedule (e.g. from a shared URL) and how much of it to show. */
export interface LabInput {
  balloon?: BalloonVariant;
  core?: CoreVariant;
  schedule?: number[];
  cursor?: number;
}

/** The variants a context runs under. */
export const variantsOf = (c: Run): Variants => ({ balloon: c.balloon, core: c.core });

/** The context a run starts from: the variants, and as much of the schedule as can run. */
export function labStartContext(scenario: Scenario, input: LabInput | undefined): LabContext {
  const balloon = input?.balloon ?? DEFAULT_VARIANTS.balloon;
  const core = input?.core ?? DEFAULT_VARIANTS.core;
  return liveRun(scenario, { balloon, core }, input?.schedule ?? [], input?.cursor);
}

/** The kernel state the lab shows. */
export const labState = (c: LabContext): KernelState => stateAt(c.tape, c.cursor);
