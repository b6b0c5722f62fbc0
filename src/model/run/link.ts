/**
 * The share link, the one codec for every writer (the lab, the checker's "replay in the lab",
 * the notebook's "open in the lab") and the one reader (the lab). A run is one `lab=` entry of
 * the URL hash, so several labs on a page each keep their own:
 *
 *   #lab=isolate-vs-deflate~no-page-lock~core-page-lock~A.B.B.B
 *
 * (lab key ~ balloon code ~ migration core ~ CPU names joined by dots). This is format 1, named
 * by the entry's key `lab`; a later format takes a new key (e.g. `lab2=`) so every link already
 * shared keeps its meaning. The lab key is the scenario id, or `<id>@<n>` for the n-th lab of that
 * scenario on a page. Reading never throws: a link that cannot be used comes back as a problem,
 * and one whose schedule runs only partly comes back with the prefix that runs and where it
 * stopped.
 */
import type { Scenario } from '../scenario';
import type { BalloonVariant, CoreVariant } from '../types';
import { isBalloonVariant, isCoreVariant } from '../variants';
import { checkSchedule } from './check';
import type { Stop } from './tape';

/** A run as a link carries it: ids and CPU names, not indexes. */
export interface SharedRun {
  /** The lab key: the scenario id, or `<id>@<n>` for the n-th lab of that scenario on a page. */
  scenario: string;
  balloon: string;
  core: string;
  schedule: readonly string[];
}

/** A shared run checked against its scenario, ready to start the lab machine with. */
export interface RestoredRun {
  balloon: BalloonVariant;
  core: CoreVariant;
  /** The steps that run (all of them, unless `stop` says where the link's schedule broke). */
  schedule: number[];
}

/** Why a link's entry could not be used; identifiers are as the link spelt them (untrusted). */
export type LinkProblem =
  | { kind: 'encoding' }
  | { kind: 'shape' }
  | { kind: 'scenario'; id: string }
  | { kind: 'balloon'; id: string }
  | { kind: 'core'; id: string }
  | { kind: 'cpu'; name: string; known: string[] };

/** What the hash says about one lab: nothing, a run (maybe cut short), or why it is unusable. */
export type HashResult =
  | { kind: 'none' }
  | { kind: 'run'; run: RestoredRun; total: number; stop?: Stop }
  | { kind: 'garbled'; problem: LinkProblem };

/** The format-1 entry key. */
export const LINK_KEY = 'lab';
const FIELD = '~';
const STEP = '.';

/** "isolate-vs-deflate~no-page-lock~core-page-lock~A.B.B.B" */
export function encodeRun(run: SharedRun): string {
  return [run.scenario, run.balloon, run.core, run.schedule.join(STEP)].join(FIELD);
}

/** The fields of one entry, or null when it is not three or four fields (steps may be empty). */
export function decodeEntry(entry: string): SharedRun | null {
  const fields = entry.split(FIELD);
  if (fields.length < 3 || fields.length > 4 || fields.slice(0, 3).some((f) => !f)) return null;
  const [scenario, balloon, core, steps = ''] = fields;
  return { scenario, balloon, core, schedule: steps.split(STEP).filter(Boolean) };
}

/** Every `lab=` value in a hash, percent-decoded; undecodable ones come back as null. */
export function labEntries(hash: string): Array<string | null> {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part.startsWith(`${LINK_KEY}=`))
    .map((part) => safeDecode(part.slice(LINK_KEY.length + 1)));
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The hash with this run's entry added or replaced; other labs' entries are kept. */
export function withRun(hash: string, run: SharedRun): string {
  const others = labEntries(hash).filter((entry): entry is string => {
    const decoded = entry === null ? null : decodeEntry(entry);
    return decoded !== null && decoded.scenario !== run.scenario;
  });
  // '@' (in lab keys like double-isolate@2) may stand unescaped in a fragment; keep it readable.
  const encode = (entry: string) => encodeURIComponent(entry).replaceAll('%40', '@');
  const parts = [...others, encodeRun(run)].map((entry) => `${LINK_KEY}=${encode(entry)}`);
  return `#${parts.join('&')}`;
}

/** The hash that opens `run` in a lab (for links from other widgets and pages). */
export const runHash = (run: SharedRun): string => withRun('', run);

/** The lab keys of a page's labs, given their scenario ids in page order. */
export function labKeys(scenarioIds: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return scenarioIds.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}@${n}`;
  });
}

/** Where a lab looks in the hash: its own key and the keys of every lab on the page. */
export interface LabPlace {
  key: string;
  onPage: readonly string[];
}

/**
 * What the hash holds for one lab. Entries for the other labs on the page are theirs; an entry
 * no lab on the page can read is garbled for every lab.
 */
export function readHash(
  hash: string,
  scenario: Scenario,
  place: LabPlace = { key: scenario.id, onPage: [scenario.id] },
): HashResult {
  for (const entry of labEntries(hash)) {
    const decoded = entry === null ? null : decodeEntry(entry);
    if (!decoded) return garbled(entry === null ? { kind: 'encoding' } : { kind: 'shape' });
    if (decoded.scenario === place.key) return restoreRun(decoded, scenario);
    if (!place.onPage.includes(decoded.scenario)) {
      return garbled({ kind: 'scenario', id: decoded.scenario });
    }
  }
  return { kind: 'none' };
}

const garbled = (problem: LinkProblem): HashResult => ({ kind: 'garbled', problem });

/** Checks ids and names, then replays: the run is the prefix that runs, `stop` where it broke. */
export function restoreRun(run: SharedRun, scenario: Scenario): HashResult {
  const { balloon, core } = run;
  if (!isBalloonVariant(balloon)) return garbled({ kind: 'balloon', id: balloon });
  if (!isCoreVariant(core)) return garbled({ kind: 'core', id: core });
  const tape = checkSchedule(scenario, { balloon, core }, run.schedule);
  if (tape.stop?.kind === 'unknown-cpu') {
    return garbled({ kind: 'cpu', name: tape.stop.cpu, known: scenario.cpus.map((c) => c.name) });
  }
  const restored = { balloon, core, schedule: [...tape.schedule] };
  return {
    kind: 'run',
    run: restored,
    total: tape.total,
    ...(tape.stop ? { stop: tape.stop } : {}),
  };
}
