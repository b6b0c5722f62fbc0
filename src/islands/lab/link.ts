/**
 * The lab's share link, written: the run as the link carries it, the page URL with it in the
 * hash (the model's codec, src/model/run/link.ts), and the address bar kept in step with the run
 * (history.replaceState, no new history entries). Loaded with the lab's first event or share, not
 * with the lab (see later.ts).
 */
import type { LabContext } from '../../machines/labContext';
import {
  scheduleToNames,
  withRun,
  type LabPlace,
  type Scenario,
  type SharedRun,
} from '../../model';

/** The shown run (steps up to the cursor) as the link carries it. */
export function sharedRun(scenario: Scenario, c: LabContext): SharedRun {
  const schedule = scheduleToNames(scenario, c.schedule.slice(0, c.cursor));
  return { scenario: scenario.id, balloon: c.balloon, core: c.core, schedule };
}

/** The page's URL with this run in its hash, under this lab's key. */
export function shareUrl(scenario: Scenario, place: LabPlace, c: LabContext): string {
  const hash = withRun(location.hash, { ...sharedRun(scenario, c), scenario: place.key });
  return new URL(`${location.pathname}${location.search}${hash}`, location.href).href;
}

/** Puts the run into the address bar without adding a history entry; never throws. */
export function writeUrl(scenario: Scenario, place: LabPlace, c: LabContext): void {
  try {
    history.replaceState(history.state, '', shareUrl(scenario, place, c));
  } catch {
    // A sandboxed frame may refuse; the share button still shows the link.
  }
}
