/**
 * The lab's context and how a run starts, without XState: the lab island shows the starting
 * context before it loads XState (on first use), and the machine starts from the very same one.
 */
import {
  DEFAULT_VARIANTS,
  runnablePrefix,
  snapshotAt,
  type BalloonVariant,
  type CoreVariant,
  type KernelState,
  type Scenario,
  type Variants,
} from '../model';

/** The lab's context: everything needed to rebuild any snapshot. */
export interface LabContext {
  scenarioId: string;
  balloon: BalloonVariant;
  core: CoreVariant;
  /** The run as CPU indexes; entries past the cursor are the redo tail. */
  schedule: number[];
  /** How many schedule entries are applied to the shown state. */
  cursor: number;
}

/** Optional start: variants and a schedule (e.g. from a shared URL). */
export interface LabInput {
  balloon?: BalloonVariant;
  core?: CoreVariant;
  schedule?: number[];
}

/** The variants a context runs under. */
export const variantsOf = (c: LabContext): Variants => ({ balloon: c.balloon, core: c.core });

/** The context a run starts from: the variants, and as much of the schedule as can run. */
export function labStartContext(scenario: Scenario, input: LabInput | undefined): LabContext {
  const balloon = input?.balloon ?? DEFAULT_VARIANTS.balloon;
  const core = input?.core ?? DEFAULT_VARIANTS.core;
  const schedule = runnablePrefix(scenario, { balloon, core }, input?.schedule ?? []);
  return { scenarioId: scenario.id, balloon, core, schedule, cursor: schedule.length };
}

/** The kernel state the lab shows. */
export function labState(scenario: Scenario, c: LabContext): KernelState {
  return snapshotAt(scenario, variantsOf(c), c.schedule, c.cursor);
}
