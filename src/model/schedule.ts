/** Schedules as people write them: CPU names from the scenario, e.g. "A,B,A". */
import type { Scenario } from './scenario';
import { unknownName } from './suggest';

/** CPU names → indexes; throws an Error with a readable message on an unknown name. */
export function scheduleFromNames(scenario: Scenario, names: readonly string[]): number[] {
  const known = scenario.cpus.map((c) => c.name);
  return names.map((n) => {
    const i = known.indexOf(n.trim());
    if (i < 0) throw new Error(unknownName('CPU', n.trim(), known));
    return i;
  });
}

/** Parses "A,B,A" (commas or spaces) into indexes. */
export function parseSchedule(scenario: Scenario, text: string): number[] {
  const names = text.split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) throw new Error('empty schedule: give CPU names like A,B,A');
  return scheduleFromNames(scenario, names);
}

/** Indexes → "A,B,A". */
export function scheduleToNames(scenario: Scenario, schedule: readonly number[]): string[] {
  return schedule.map((i) => scenario.cpus[i]?.name ?? `#${i}`);
}
