/**
 * "Open in the lab": the lesson whose lab runs the saved run's scenario (else the lab showcase
 * page), with the lab's share hash #lab=<scenario>~<balloon>~<core>~<CPU names joined by .>.
 */
import type { NotebookEntry } from '../lib/storage';

export const LAB_FALLBACK_PAGE = '/widgets/lab/';

/** The hash the lab reads to open a run. */
export function labHash(
  entry: Pick<NotebookEntry, 'scenario' | 'balloon' | 'core' | 'schedule'>,
): string {
  const parts = [entry.scenario, entry.balloon, entry.core, entry.schedule.join('.')];
  return `#lab=${parts.map(encodeURIComponent).join('~')}`;
}

/** Where to open a run; `labPages` maps scenario ids to the first lesson with that lab. */
export function labHref(entry: NotebookEntry, labPages: Readonly<Record<string, string>>): string {
  const page = Object.hasOwn(labPages, entry.scenario)
    ? labPages[entry.scenario]
    : LAB_FALLBACK_PAGE;
  return `${page}${labHash(entry)}`;
}
