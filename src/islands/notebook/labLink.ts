/**
 * "Open in the lab": the lab the run was saved from (the entry's page and lab key), else, for
 * entries saved before runs recorded where they came from, the first lesson whose lab runs the
 * run's scenario (else the lab showcase page); with the lab's share hash from the model's codec.
 */
import { runHash } from '../../model';
import type { NotebookEntry } from '../lib/storage';

export const LAB_FALLBACK_PAGE = '/widgets/lab/';

/** A saved run, with where it was saved from when the entry knows (newer entries do). */
export type LabEntry = Pick<NotebookEntry, 'scenario' | 'balloon' | 'core' | 'schedule'> & {
  page?: unknown;
  lab?: unknown;
};

/** The hash the lab reads to open a run, under the lab key `key` (default: the scenario id). */
export function labHash(entry: LabEntry, key: string = entry.scenario): string {
  return runHash({ ...entry, scenario: key });
}

// Only a path on this site, as location.pathname gave it: never another host or a script URL.
const PAGE_PATH = /^\/(?:[\w.-]+\/)*(?:[\w.-]+)?$/;

/** The page and lab key the entry was saved from, when it says and they look like ours. */
function savedFrom(entry: LabEntry): { page: string; key: string } | null {
  const { page, lab } = entry;
  if (typeof page !== 'string' || !PAGE_PATH.test(page) || page.startsWith('//')) return null;
  const own =
    typeof lab === 'string' &&
    lab.startsWith(entry.scenario) &&
    /^(@[0-9]+)?$/.test(lab.slice(entry.scenario.length));
  return { page, key: own ? lab : entry.scenario };
}

/** Where to open a run; `labPages` maps scenario ids to the first lesson with that lab. */
export function labHref(entry: LabEntry, labPages: Readonly<Record<string, string>>): string {
  const from = savedFrom(entry);
  if (from) return `${from.page}${labHash(entry, from.key)}`;
  const page = Object.hasOwn(labPages, entry.scenario)
    ? labPages[entry.scenario]
    : LAB_FALLBACK_PAGE;
  return `${page}${labHash(entry)}`;
}
