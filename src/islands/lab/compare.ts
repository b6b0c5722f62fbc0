/**
 * "Compare lock designs": the current schedule replayed under the three balloon designs the
 * course contrasts, each summarised in a few facts. Replays, never re-implements, the model.
 */
import {
  BALLOON_VARIANTS,
  describeState,
  play,
  stopSentence,
  type BalloonVariant,
  type CoreVariant,
  type Scenario,
} from '../../model';
import { verdictOf, type Verdict } from './view';

/** The designs side by side: before the patch, the naive deletion, the patch. */
export const COMPARED: readonly BalloonVariant[] = ['page-lock', 'no-page-lock', 'patched'];

export interface CompareSummary {
  balloon: BalloonVariant;
  label: string;
  verdict: Verdict;
  /** How many steps of the schedule ran under this design. */
  ran: number;
  /** Why the rest could not run, in the model's words (stopSentence), if the schedule was cut. */
  stopped?: string;
  facts: string[];
}

/** One summary per compared design for `schedule` (CPU indexes) under `core`. */
export function compareDesigns(
  scenario: Scenario,
  core: CoreVariant,
  schedule: readonly number[],
): CompareSummary[] {
  return COMPARED.map((balloon) => {
    const run = play(scenario, { balloon, core }, schedule);
    const state = run.snapshots[run.snapshots.length - 1];
    const view = describeState(state);
    const stop = run.stop;
    const facts = [
      `balloon list: ${view.lists[0].pages.join(', ') || 'empty'}`,
      `isolated_pages: ${view.isolatedPages}`,
      `balloon_pages_lock: ${view.balloonPagesLock.holder ? `held by CPU ${view.balloonPagesLock.holder}` : 'free'}`,
    ];
    return {
      balloon,
      label: BALLOON_VARIANTS.find((v) => v.id === balloon)?.label ?? balloon,
      verdict: verdictOf(state),
      ran: run.records.length,
      ...(stop ? { stopped: stopSentence(stop) } : {}),
      facts,
    };
  });
}
