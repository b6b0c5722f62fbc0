/**
 * The lab's side of the share link in the browser, as the lab opens: read the run from
 * location.hash. Writing the hash (link.ts) loads later, with the lab's first event.
 */
import type { LabInput } from '../../machines/lab';
import type { Scenario } from '../../model';
import { labKeys, readHash, type HashResult, type LabPlace } from './share';

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
