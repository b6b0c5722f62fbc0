/**
 * The `schedule="A,B,B"` prop of <Lab>, checked at build time with the model's one schedule
 * validator (checkSchedule), so a lesson cannot start a lab on a step that cannot run.
 */
import { checkSchedule, splitNames, stopSentence, type Scenario, type Variants } from '../../model';

/** CPU indexes for a valid schedule prop, or the reason it is not one (for the build error). */
export function checkScheduleProp(
  scenario: Scenario,
  variants: Variants,
  text: string,
): number[] | string {
  const names = splitNames(text);
  if (names.length === 0) return 'empty schedule: give CPU names like A,B,A';
  const tape = checkSchedule(scenario, variants, names);
  if (!tape.stop) return tape.schedule;
  if (tape.stop.kind === 'unknown-cpu') return tape.stop.reason;
  return stopSentence(tape.stop).replace(
    ' cannot run:',
    ` cannot run under ${variants.balloon}/${variants.core}:`,
  );
}
