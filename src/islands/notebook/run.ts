/**
 * A saved run replayed with the model: its step table and how it ends. A run saved by an older
 * version of the course, or edited by hand, may name a scenario, variant or CPU that no longer
 * exists, or a step that cannot run; that is reported in `problem` (the model's stop sentence),
 * never thrown, and the steps before it are still shown.
 */
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  isBalloonVariant,
  isCoreVariant,
  checkSchedule,
  outcome,
  stopSentence,
  type Scenario,
} from '../../model';
import type { NotebookEntry } from '../lib/storage';

export interface StepRow {
  n: number;
  cpu: string;
  code: string;
  narration: string;
}

export interface ReplayedRun {
  scenario?: Scenario;
  rows: StepRow[];
  /** How the run ends: the outcome, every broken invariant, or that it was saved unfinished. */
  ending: string[];
  problem?: string;
}

/** Replays a saved run against the scenarios of this build. */
export function replayEntry(entry: NotebookEntry, scenarios: readonly Scenario[]): ReplayedRun {
  const scenario = scenarios.find((s) => s.id === entry.scenario);
  if (!scenario) return { rows: [], ending: [], problem: `unknown scenario ${entry.scenario}` };
  const { balloon, core } = entry;
  if (!isBalloonVariant(balloon) || !isCoreVariant(core)) {
    return { scenario, rows: [], ending: [], problem: `unknown variant ${balloon} / ${core}` };
  }
  const r = checkSchedule(scenario, { balloon, core }, entry.schedule);
  const rows = r.records.map((rec, i) => ({
    n: i + 1,
    cpu: scenario.cpus[rec.cpu].name,
    code: rec.code,
    narration: rec.narration,
  }));
  return {
    scenario,
    rows,
    ending: endingOf(r.snapshots[r.snapshots.length - 1]),
    ...(r.stop ? { problem: stopSentence(r.stop) } : {}),
  };
}

function endingOf(state: Parameters<typeof outcome>[0]): string[] {
  const broken = new Set(
    state.violations.map(
      (v) => `${v.severity === 'error' ? 'Violation' : 'Warning'} (${v.invariant}): ${v.message}`,
    ),
  );
  const end = outcome(state);
  return [end ? `Ends: ${end.sentence}` : 'Saved before the run finished.', ...broken];
}

/** A variant's label, e.g. "After the patch" for patched; undefined for an unknown id. */
export const variantName = (id: string): string | undefined =>
  [...BALLOON_VARIANTS, ...CORE_VARIANTS].find((v) => v.id === id)?.label;
