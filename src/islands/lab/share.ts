/**
 * The lab's share link. A run is written into the URL hash as one `lab=` entry per lab,
 *   #lab=isolate-vs-deflate~no-page-lock~core-page-lock~A.B.B.B
 * (lab key ~ balloon code ~ migration core ~ CPU names joined by dots), so several labs on one
 * page each keep their own entry. The lab key is the scenario id; a page that shows the same
 * scenario twice keys its second lab `double-isolate@2` (links from other widgets name the plain
 * id, i.e. the first such lab). Decoding never throws: a link that cannot be replayed comes back
 * as a reason, and the lab opens its default run with a notice.
 */
import {
  isBalloonVariant,
  isCoreVariant,
  replay,
  scheduleFromNames,
  type BalloonVariant,
  type CoreVariant,
  type Scenario,
} from '../../model';

/** A run as a link carries it: ids and CPU names, not indexes. */
export interface SharedRun {
  /** The lab key: the scenario id, or `<id>@<n>` for the n-th lab of that scenario on a page. */
  scenario: string;
  balloon: string;
  core: string;
  schedule: string[];
}

/** A shared run checked against its scenario, ready to start the lab machine with. */
export interface RestoredRun {
  balloon: BalloonVariant;
  core: CoreVariant;
  schedule: number[];
}

/** What the hash says about one lab: nothing, a run to restore, or why it could not be used. */
export type HashResult =
  { kind: 'none' } | { kind: 'run'; run: RestoredRun } | { kind: 'garbled'; reason: string };

const KEY = 'lab';
const FIELD = '~';
const STEP = '.';

/** "isolate-vs-deflate~no-page-lock~core-page-lock~A.B.B.B" */
export function encodeRun(run: SharedRun): string {
  return [run.scenario, run.balloon, run.core, run.schedule.join(STEP)].join(FIELD);
}

/** The fields of one entry, or a reason when it is not four fields (the schedule may be empty). */
export function decodeEntry(entry: string): SharedRun | string {
  const fields = entry.split(FIELD);
  if (fields.length < 3 || fields.length > 4 || fields.slice(0, 3).some((f) => !f)) {
    return 'it is not scenario~balloon~core~schedule';
  }
  const [scenario, balloon, core, steps = ''] = fields;
  return { scenario, balloon, core, schedule: steps.split(STEP).filter(Boolean) };
}

/** Every `lab=` value in a hash, percent-decoded; undecodable ones come back as null. */
export function labEntries(hash: string): Array<string | null> {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part.startsWith(`${KEY}=`))
    .map((part) => safeDecode(part.slice(KEY.length + 1)));
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The hash with this run's entry added or replaced; other scenarios' entries are kept. */
export function withRun(hash: string, run: SharedRun): string {
  const others = labEntries(hash).filter((entry): entry is string => {
    const decoded = entry === null ? null : decodeEntry(entry);
    return typeof decoded === 'object' && decoded !== null && decoded.scenario !== run.scenario;
  });
  // '@' (in lab keys like double-isolate@2) may stand unescaped in a fragment; keep it readable.
  const encode = (entry: string) => encodeURIComponent(entry).replaceAll('%40', '@');
  const parts = [...others, encodeRun(run)].map((entry) => `${KEY}=${encode(entry)}`);
  return `#${parts.join('&')}`;
}

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
    if (entry === null) return garbled('it is not valid percent-encoding');
    const decoded = decodeEntry(entry);
    if (typeof decoded === 'string') return garbled(decoded);
    if (decoded.scenario === place.key) return checkRun(decoded, scenario);
    if (!place.onPage.includes(decoded.scenario)) {
      return garbled(`no lab on this page runs scenario '${decoded.scenario}'`);
    }
  }
  return { kind: 'none' };
}

const garbled = (reason: string): HashResult => ({ kind: 'garbled', reason });

/** Validates ids and names, then replays the schedule: every step must be able to run. */
export function checkRun(run: SharedRun, scenario: Scenario): HashResult {
  const { balloon, core } = run;
  if (!isBalloonVariant(balloon)) return garbled(`unknown balloon code '${balloon}'`);
  if (!isCoreVariant(core)) return garbled(`unknown migration core '${core}'`);
  let schedule: number[];
  try {
    schedule = scheduleFromNames(scenario, run.schedule);
  } catch (e) {
    return garbled((e as Error).message);
  }
  const stopped = replay(scenario, { balloon, core }, schedule).stoppedAt;
  if (stopped) return garbled(`step ${stopped.index + 1} cannot run: ${stopped.reason}`);
  return { kind: 'run', run: { balloon, core, schedule } };
}
