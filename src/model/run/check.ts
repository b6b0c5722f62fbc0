/**
 * One schedule validator for every writer of schedules (the <Lab> prop, share links, saved
 * runs): CPU names are looked up, then the steps are replayed until one cannot run. The answer is
 * always a Tape; its `stop` says which step failed and why, whether the name was unknown or the
 * CPU could not run there.
 */
import type { Scenario } from '../scenario';
import { unknownName } from '../suggest';
import type { Variants } from '../types';
import { play, type Stop, type Tape } from './tape';

/** What every reader of a written schedule says when it names no CPU at all. */
export const EMPTY_SCHEDULE = 'empty schedule: give CPU names like A,B,A';

/** Splits "A,B, A" or "A B A" into names. */
export const splitNames = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

/** CPU names → indexes up to the first unknown name, and that name's position and reason. */
export function namesToCpus(
  scenario: Scenario,
  names: readonly string[],
): { cpus: number[]; unknown?: Stop } {
  const known = scenario.cpus.map((c) => c.name);
  const cpus: number[] = [];
  for (const [index, raw] of names.entries()) {
    const name = raw.trim();
    const i = known.indexOf(name);
    if (i < 0) {
      const reason = unknownName('CPU', name, known);
      return { cpus, unknown: { kind: 'unknown-cpu', index, cpu: name, reason } };
    }
    cpus.push(i);
  }
  return { cpus };
}

/**
 * The schedule written as CPU names, replayed under `variants`. An unknown name stops the tape
 * at its step (stop.kind 'unknown-cpu'), like a step that cannot run, so callers handle one
 * shape.
 */
export function checkSchedule(
  scenario: Scenario,
  variants: Variants,
  names: readonly string[],
): Tape {
  const { cpus, unknown } = namesToCpus(scenario, names);
  const tape = play(scenario, variants, cpus);
  if (!unknown || tape.stop) return { ...tape, total: names.length };
  return { ...tape, total: names.length, stop: unknown };
}
