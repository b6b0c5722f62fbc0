/**
 * A scenario carries its proof: this checks each claim against the model and explains what is
 * wrong in the instructor's terms. Used by the build (so a wrong claim stops `npm run build`) and
 * by the tests. Every message names the file and the field.
 */
import { checkSchedule, explore, scheduleToNames, stopSentence, type Scenario } from '../model';
import type { ScenarioExpectation } from '../model/scenario';
import { cachedVerdict, type ClaimCacheOptions } from './verdictCache';

const names = (scenario: Scenario, schedule: number[]) =>
  scheduleToNames(scenario, schedule).join(',');

/** What is wrong with one `expect[i]` entry; an empty list when the claim holds. */
function checkExpectation(scenario: Scenario, e: ScenarioExpectation, where: string): string[] {
  const variants = { balloon: e.balloon, core: e.core };
  // Symmetry keeps verdicts, outcomes and shortest counterexamples (tests/model/explore.reduction).
  const report = explore(scenario, variants, { symmetry: true });
  const problems: string[] = [];
  const reachable = report.outcomes.map((o) => o.outcome.id);
  (e.outcomes ?? []).forEach((id, j) => {
    if (!reachable.includes(id)) {
      problems.push(
        `${where}.outcomes[${j}]: outcome '${id}' is unreachable under ${e.balloon} + ${e.core} (reachable: ${reachable.join('; ')})`,
      );
    }
  });
  if (e.verdict === 'safe') {
    const [first] = report.violations;
    if (first) {
      problems.push(
        `${where}.verdict: 'safe' is refuted by the checker: ${first.violation.invariant} after ${names(scenario, first.schedule)} — ${first.violation.message}`,
      );
    }
    return problems;
  }
  return [...problems, ...checkProof(scenario, e, where)];
}

/** A claimed violation's proof must replay and end in that violation. */
function checkProof(scenario: Scenario, e: ScenarioExpectation, where: string): string[] {
  const variants = { balloon: e.balloon, core: e.core };
  const run = checkSchedule(scenario, variants, e.proof ?? []);
  if (run.stop) return [`${where}.proof[${run.stop.index}]: ${stopSentence(run.stop)}`];
  const last = run.records.at(-1)?.violations.map((v) => v.invariant) ?? [];
  if (last.includes(e.verdict as never)) return [];
  const seen = [...new Set(run.records.flatMap((r) => r.violations.map((v) => v.invariant)))];
  return [
    `${where}.proof: the schedule does not end in '${e.verdict}' (its last step breaks ${last.join(', ') || 'nothing'}; on the way: ${seen.join(', ') || 'nothing'})`,
  ];
}

/** Every problem with the scenario's claims. */
export function checkClaims(scenario: Scenario, file: string): string[] {
  return timedClaims(scenario, file).problems;
}

/** How long checking one claim took, for the build's log. */
export interface ClaimTime {
  claim: string;
  ms: number;
}

function timedClaims(scenario: Scenario, file: string): { problems: string[]; times: ClaimTime[] } {
  const times: ClaimTime[] = [];
  const problems = scenario.expect.flatMap((e, i) => {
    const t0 = performance.now();
    const found = checkExpectation(scenario, e, `${file}: expect[${i}]`);
    times.push({ claim: `expect[${i}] ${e.balloon} + ${e.core}`, ms: performance.now() - t0 });
    return found;
  });
  return { problems, times };
}

export type { ClaimCacheOptions } from './verdictCache';

/**
 * checkClaims(), remembered in the verdict cache (./verdictCache.ts): an unchanged scenario and
 * model are not re-explored.
 */
export function checkClaimsCached(
  scenario: Scenario,
  file: string,
  options: ClaimCacheOptions = {},
): { problems: string[]; times: ClaimTime[]; cached: boolean } {
  return cachedVerdict('claims', scenario, file, () => timedClaims(scenario, file), options);
}
