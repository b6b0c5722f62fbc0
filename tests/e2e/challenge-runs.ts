/**
 * Runs the challenge tests need, found with the model rather than typed in: a solving run longer
 * than a step limit, and a run after which the goal is out of reach. Searches are tiny (the
 * shipped scenarios have a few thousand states at most) and bounded.
 */
import {
  cpuStatus,
  goalMet,
  hintAt,
  initialState,
  scheduleToNames,
  stateKey,
  type BuiltChallenge,
  type KernelState,
  type Scenario,
} from '../../src/model';
import { runStep } from '../../src/model/step';

const runnable = (s: KernelState) =>
  s.cpus.map((_, i) => i).filter((i) => cpuStatus(s, i).kind === 'runnable');

/**
 * A schedule (CPU names) of at least `minLength` steps that meets the goal on its last step and
 * not before, or undefined. Depth-first, longest branches first, never deeper than minLength + 40.
 */
export function longSolve(
  scenario: Scenario,
  c: BuiltChallenge,
  minLength: number,
): string[] | undefined {
  const variants = { balloon: c.balloon, core: c.core };
  const seen = new Set<string>();
  const search = (s: KernelState, path: number[]): number[] | undefined => {
    if (goalMet(c.goal, s)) return path.length >= minLength ? path : undefined;
    if (path.length > minLength + 40) return undefined;
    const key = `${stateKey(s)}@${Math.min(path.length, minLength)}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    for (const cpu of runnable(s)) {
      const found = search(runStep(s, cpu, true).state, [...path, cpu]);
      if (found) return found;
    }
    return undefined;
  };
  const found = search(initialState(scenario, variants), []);
  return found && scheduleToNames(scenario, found);
}

/** The shortest schedule (CPU names) after which the model says the goal is out of reach. */
export function lostSchedule(scenario: Scenario, c: BuiltChallenge): string[] | undefined {
  const variants = { balloon: c.balloon, core: c.core };
  let frontier: { s: KernelState; path: number[] }[] = [
    { s: initialState(scenario, variants), path: [] },
  ];
  const seen = new Set<string>();
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { s, path } of frontier) {
      const hint = hintAt(scenario, variants, path, c.goal);
      if (!hint.met && !hint.reachable && hint.undoTo !== undefined) {
        return scheduleToNames(scenario, path);
      }
      for (const cpu of runnable(s)) {
        const after = runStep(s, cpu, true).state;
        if (seen.has(stateKey(after))) continue;
        seen.add(stateKey(after));
        next.push({ s: after, path: [...path, cpu] });
      }
    }
    frontier = next;
  }
  return undefined;
}
