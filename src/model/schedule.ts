/** Schedules as people write them: CPU names from the scenario, e.g. "A,B,A". */
import { EMPTY_SCHEDULE, namesToCpus, splitNames } from './run/check';
import type { Scenario } from './scenario';

/** CPU names → indexes; throws an Error with a readable message on an unknown name. */
export function scheduleFromNames(scenario: Scenario, names: readonly string[]): number[] {
  const { cpus, unknown } = namesToCpus(scenario, names);
  if (unknown) throw new Error(unknown.reason);
  return cpus;
}

/** Parses "A,B,A" (commas or spaces) into indexes. */
export function parseSchedule(scenario: Scenario, text: string): number[] {
  const names = splitNames(text);
  if (names.length === 0) throw new Error(EMPTY_SCHEDULE);
  return scheduleFromNames(scenario, names);
}

/** Indexes → "A,B,A". */
export function scheduleToNames(scenario: Scenario, schedule: readonly number[]): string[] {
  return schedule.map((i) => scenario.cpus[i]?.name ?? `#${i}`);
}
