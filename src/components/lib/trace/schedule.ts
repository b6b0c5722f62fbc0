/**
 * Build-time validation of a <Trace schedule="…">: every name must be a CPU of the scenario and
 * every step must be able to run. The message names the failing step and what could run
 * instead; Trace.astro adds the lesson file and the prop.
 */
import { cpuStatus, parseSchedule, replay, type Scenario, type Variants } from '../../../model';

export type ScheduleCheck = { ok: true; schedule: number[] } | { ok: false; message: string };

/** CPU names that can run in the last snapshot of a replay. */
function runnableNames(scenario: Scenario, variants: Variants, prefix: number[]): string[] {
  const s = replay(scenario, variants, prefix).snapshots.at(-1)!;
  return s.cpus.flatMap((c, i) => (cpuStatus(s, i).kind === 'runnable' ? [c.name] : []));
}

/** Why step `index` cannot run, with what could run there instead. */
function stuckMessage(
  scenario: Scenario,
  variants: Variants,
  schedule: number[],
  index: number,
  reason: string,
): string {
  const name = scenario.cpus[schedule[index]].name;
  const could = runnableNames(scenario, variants, schedule.slice(0, index));
  const hint = could.length
    ? `after the first ${index} step${index === 1 ? '' : 's'}, only ${could.join(' or ')} can run`
    : 'by then every CPU has finished or is blocked: the schedule is too long';
  return `step ${index + 1} (${name}) cannot run: ${reason} (${hint})`;
}

/** Parses and replays a schedule, or says in one sentence why it cannot be used. */
export function checkSchedule(
  scenario: Scenario,
  variants: Variants,
  text: unknown,
): ScheduleCheck {
  if (typeof text !== 'string') {
    return { ok: false, message: 'expected a schedule of CPU names like "A,B,A"' };
  }
  let schedule: number[];
  try {
    schedule = parseSchedule(scenario, text);
  } catch (error) {
    // The model's message already names the scenario's CPUs or the likely one.
    return { ok: false, message: (error as Error).message };
  }
  const stopped = replay(scenario, variants, schedule).stoppedAt;
  if (!stopped) return { ok: true, schedule };
  return {
    ok: false,
    message: stuckMessage(scenario, variants, schedule, stopped.index, stopped.reason),
  };
}
