/**
 * A scenario carries its proof: this checks each claim against the model and explains what is
 * wrong in the instructor's terms. Used by the build (so a wrong claim stops `npm run build`) and
 * by the tests. Every message names the file and the field.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSchedule, explore, scheduleToNames, stopSentence, type Scenario } from '../model';
import type { ScenarioExpectation } from '../model/scenario';

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

/** Where verdicts are cached, and what they depend on (replaceable for tests). */
export interface ClaimCacheOptions {
  cacheDir?: string;
  modelDir?: string;
}

/** Every file of the model, hashed: any change to the model's source invalidates every verdict. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * checkClaims(), remembered: the problems and claim times are stored under a hash of the
 * scenario file's bytes and of the model's source, so a build or a dev-server reload re-explores
 * only scenarios (or a model) that changed. The cache lives in node_modules/.cache, never in git.
 */
export function checkClaimsCached(
  scenario: Scenario,
  file: string,
  {
    cacheDir = 'node_modules/.cache/balloon-lab/claims',
    modelDir = 'src/model',
  }: ClaimCacheOptions = {},
): { problems: string[]; times: ClaimTime[]; cached: boolean } {
  const key = createHash('sha256')
    .update(existsSync(file) ? readFileSync(file) : JSON.stringify(scenario))
    .update(hashTree(modelDir))
    .update(file)
    .digest('hex');
  const entry = join(cacheDir, `${key}.json`);
  if (existsSync(entry)) {
    try {
      return { ...JSON.parse(readFileSync(entry, 'utf8')), cached: true };
    } catch {
      // An unreadable entry is simply recomputed and rewritten.
    }
  }
  const result = timedClaims(scenario, file);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(entry, JSON.stringify(result));
  return { ...result, cached: false };
}
