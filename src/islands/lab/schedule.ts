/**
 * The `schedule="A,B,B"` prop of <Lab>: parsed with the model's parseSchedule and checked with
 * runnablePrefix at build time, so a lesson cannot start a lab on a step that cannot run.
 */
import {
  parseSchedule,
  runnablePrefix,
  snapshotAt,
  whyNot,
  type Scenario,
  type Variants,
} from '../../model';

/** CPU indexes for a valid schedule prop, or the reason it is not one (for the build error). */
export function checkScheduleProp(
  scenario: Scenario,
  variants: Variants,
  text: string,
): number[] | string {
  let schedule: number[];
  try {
    schedule = parseSchedule(scenario, text);
  } catch (e) {
    return (e as Error).message;
  }
  const runs = runnablePrefix(scenario, variants, schedule);
  if (runs.length === schedule.length) return schedule;
  const state = snapshotAt(scenario, variants, runs, runs.length);
  const why = whyNot(state, schedule[runs.length]) ?? 'it cannot run';
  return `step ${runs.length + 1} (${scenario.cpus[schedule[runs.length]].name}) cannot run under ${variants.balloon}/${variants.core}: ${why}`;
}
