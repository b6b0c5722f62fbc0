/**
 * Builds the checker's view from the model: runs explore(), keeps the shortest counterexample
 * per broken invariant and replays it into readable steps. This is the heavy part: the build, the
 * worker and the main-thread fallback import it; an island's initial bundle never does.
 */
import {
  explore,
  play,
  scheduleToNames,
  type ExploreOptions,
  type ExploreReport,
  type InvariantId,
  type Scenario,
  type Variants,
} from '../../model';
import type { CheckView, CounterexampleView, RuleIView, StepView } from './types';

type Found = ExploreReport['violations'][number];

/** Explores the scenario under the variants (or takes a finished report) and shapes the view. */
export function buildCheckView(
  scenario: Scenario,
  variants: Variants,
  report: ExploreReport | ExploreOptions = {},
): CheckView {
  if (!('verdict' in report)) report = explore(scenario, variants, report);
  return {
    scenarioId: scenario.id,
    variants,
    verdict: report.verdict,
    states: report.states,
    transitions: report.transitions,
    elapsedMs: report.elapsedMs,
    counterexamples: shortestPerInvariant(report.violations).map((found) =>
      counterexample(scenario, variants, found),
    ),
    outcomes: report.outcomes.map(({ outcome, schedule }) => ({
      id: outcome.id,
      sentence: outcome.sentence,
      schedule: scheduleToNames(scenario, schedule),
    })),
    ruleI: report.ruleI.map(({ schedule }) => ruleIStep(scenario, variants, schedule)),
  };
}

/** The step that ends a rule-i schedule: the line that changed page->private unlocked. */
function ruleIStep(scenario: Scenario, variants: Variants, schedule: number[]): RuleIView {
  const last = play(scenario, variants, schedule).records.at(-1);
  const cpu = last ? (scenario.cpus[last.cpu]?.name ?? `#${last.cpu}`) : '?';
  return { cpu, code: last?.code ?? '', fn: last?.fn ?? '', narration: last?.narration ?? '' };
}

/**
 * One entry per broken invariant: the checker reports each distinct (invariant, line, page), but
 * a learner needs one shortest story per invariant. Errors come before warnings, shorter first.
 */
export function shortestPerInvariant(found: readonly Found[]): Found[] {
  const best = new Map<InvariantId, Found>();
  for (const item of found) {
    const known = best.get(item.violation.invariant);
    if (!known || item.schedule.length < known.schedule.length)
      best.set(item.violation.invariant, item);
  }
  const rank = (f: Found) => (f.violation.severity === 'error' ? 0 : 1e6) + f.schedule.length;
  return [...best.values()].sort((a, b) => rank(a) - rank(b));
}

function counterexample(scenario: Scenario, variants: Variants, found: Found): CounterexampleView {
  const { records } = play(scenario, variants, found.schedule);
  const steps: StepView[] = records.map((record) => ({
    cpu: scenario.cpus[record.cpu]?.name ?? `#${record.cpu}`,
    code: record.code,
    fn: record.fn,
    narration: record.narration,
    breaks: [...new Set(record.violations.map((v) => v.invariant))],
  }));
  return {
    invariant: found.violation.invariant,
    severity: found.violation.severity,
    message: found.violation.message,
    schedule: scheduleToNames(scenario, found.schedule),
    steps,
  };
}
