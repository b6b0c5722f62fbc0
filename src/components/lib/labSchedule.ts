/**
 * The `schedule="A,B,B"` prop of <Lab> and <Trace>, checked at build time with the model's one
 * schedule validator (checkSchedule), so a lesson cannot start a lab or print a trace on a step
 * that cannot run. The build error is the model's stop sentence and its hint of what could run.
 */
import {
  checkSchedule,
  EMPTY_SCHEDULE,
  splitNames,
  stopHint,
  stopSentence,
  type Scenario,
  type Variants,
} from '../../model';

/** CPU indexes for a valid schedule prop, or the reason it is not one (for the build error). */
export function checkScheduleProp(
  scenario: Scenario,
  variants: Variants,
  text: string,
): number[] | string {
  const names = splitNames(text);
  if (names.length === 0) return EMPTY_SCHEDULE;
  const tape = checkSchedule(scenario, variants, names);
  if (!tape.stop) return tape.schedule;
  const sentence = stopSentence(tape.stop, `under ${variants.balloon}/${variants.core}`);
  return tape.stop.kind === 'unknown-cpu' ? sentence : `${sentence} (${stopHint(tape)})`;
}
