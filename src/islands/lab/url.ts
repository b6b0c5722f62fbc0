/**
 * The lab's side of the share link in the browser: read the run from location.hash when the lab
 * opens, and keep the hash in step with the run (history.replaceState, no new history entries).
 */
import type { LabContext, LabInput } from '../../machines';
import { scheduleToNames, type Scenario } from '../../model';
import {
  labKeys,
  readHash,
  withRun,
  type HashResult,
  type LabPlace,
  type SharedRun,
} from './share';

/** This lab's key in the hash, and every lab's on the page, read from the labs' root elements. */
export function labPlace(uid: string, scenarioId: string): LabPlace {
  const roots = [...document.querySelectorAll<HTMLElement>('[data-widget="lab"][data-scenario]')];
  const onPage = labKeys(roots.map((root) => root.dataset.scenario ?? ''));
  const mine = roots.findIndex((root) => root.dataset.lab === uid);
  return { key: onPage[mine] ?? scenarioId, onPage: mine < 0 ? [...onPage, scenarioId] : onPage };
}

/** What the current URL says about this lab. */
export function hashRun(scenario: Scenario, place: LabPlace): HashResult {
  return readHash(location.hash, scenario, place);
}

/** The machine's input for a restored run, or the default run with a notice. */
export function startFrom(
  result: HashResult,
  fallback: LabInput,
): { input: LabInput; notice: string } {
  if (result.kind === 'run') return { input: result.run, notice: '' };
  if (result.kind === 'none') return { input: fallback, notice: '' };
  return { input: fallback, notice: garbledNotice(result.reason) };
}

export const garbledNotice = (reason: string): string =>
  `The link’s lab run could not be opened (${reason}), so the lab shows its default run.`;

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
