/**
 * The build's check of a scenario's challenges, with the explorer: a `break` or `reach` goal must
 * be reachable, and gets its par (the length of the checker's shortest schedule meeting it) and
 * that schedule; an `impossible` goal must be proven: no interleaving breaks any invariant. The
 * explorations run without reductions, so a proof's numbers are the checker widget's own.
 */
import {
  explore,
  outcomeMatches,
  scheduleToNames,
  type BuiltChallenge,
  type Challenge,
  type ExploreReport,
  type Scenario,
} from '../model';
import { cachedVerdict, type ClaimCacheOptions } from './verdictCache';

/** One challenge's verdict: built, or what is wrong with it (one line per problem). */
type Checked = { built: BuiltChallenge; problems: string[] };

/** What the build learnt about a scenario's challenges. */
export interface ChallengeCheck {
  built: BuiltChallenge[];
  problems: string[];
  /** How long each challenge took to check, for the build's log. */
  times: Array<{ challenge: string; ms: number }>;
}

const shortest = <T extends { schedule: number[] }>(found: T[]): T | undefined =>
  found.reduce<T | undefined>(
    (a, b) => (a && a.schedule.length <= b.schedule.length ? a : b),
    undefined,
  );

/** The schedule that meets the goal soonest, or a sentence saying why there is none. */
function parOf(c: Challenge, report: ExploreReport): { schedule: number[] } | string {
  const under = `${c.balloon} + ${c.core}`;
  if (c.goal.kind === 'break') {
    const { invariant } = c.goal;
    const found = shortest(report.violations.filter((v) => v.violation.invariant === invariant));
    if (found) return found;
    const broken = [...new Set(report.violations.map((v) => v.violation.invariant))];
    return `no interleaving breaks '${invariant}' under ${under} (it breaks: ${broken.join(', ') || 'nothing'})`;
  }
  const outcome = c.goal.kind === 'reach' ? c.goal.outcome : '';
  const found = shortest(report.outcomes.filter((o) => outcomeMatches(outcome, o.outcome.id)));
  if (found) return found;
  const ids = report.outcomes.map((o) => o.outcome.id);
  return `outcome '${outcome}' is unreachable under ${under} (reachable: ${ids.join('; ')})`;
}

function checkOne(scenario: Scenario, c: Challenge, report: ExploreReport, where: string): Checked {
  const built: BuiltChallenge = { ...c, scenario: scenario.id, key: `${scenario.id}/${c.id}` };
  const names = (schedule: number[]) => scheduleToNames(scenario, schedule);
  if (c.goal.kind === 'impossible') {
    const [first] = report.violations;
    if (!first)
      return { built: { ...built, proof: { states: report.states, violating: 0 } }, problems: [] };
    const { invariant, message } = first.violation;
    return {
      built,
      problems: [
        `${where}.goal: 'impossible' is refuted by the checker under ${c.balloon} + ${c.core}: ${invariant} after ${names(first.schedule).join(',')} — ${message}`,
      ],
    };
  }
  const par = parOf(c, report);
  if (typeof par === 'string') return { built, problems: [`${where}.goal: ${par}`] };
  const solved = { ...built, par: par.schedule.length, parSchedule: names(par.schedule) };
  const problems =
    c.stepLimit !== undefined && c.stepLimit < solved.par
      ? [
          `${where}.stepLimit: ${c.stepLimit} is below par ${solved.par}: no run can solve it (make it at least ${solved.par})`,
        ]
      : [];
  return { built: solved, problems };
}

/** Checks every challenge of the scenario; `file` names it in the problems. */
export function checkChallenges(scenario: Scenario, file: string): ChallengeCheck {
  const reports = new Map<string, ExploreReport>();
  const result: ChallengeCheck = { built: [], problems: [], times: [] };
  (scenario.challenges ?? []).forEach((c, i) => {
    const t0 = performance.now();
    const pair = `${c.balloon}/${c.core}`;
    if (!reports.has(pair))
      reports.set(pair, explore(scenario, { balloon: c.balloon, core: c.core }));
    const { built, problems } = checkOne(
      scenario,
      c,
      reports.get(pair)!,
      `${file}: challenges[${i}]`,
    );
    result.built.push(built);
    result.problems.push(...problems);
    result.times.push({ challenge: `challenges[${i}] ${c.id}`, ms: performance.now() - t0 });
  });
  return result;
}

/** checkChallenges(), remembered in the verdict cache next to the scenario's claims. */
export function checkChallengesCached(
  scenario: Scenario,
  file: string,
  options: ClaimCacheOptions = {},
): ChallengeCheck & { cached: boolean } {
  return cachedVerdict(
    'challenges',
    scenario,
    file,
    () => checkChallenges(scenario, file),
    options,
  );
}
