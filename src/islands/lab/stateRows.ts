/**
 * The shared-state panel as rows of text cells, from describeState(). Each cell knows whether the
 * last step changed it, so the panel can mark changes with a symbol and words, not colour alone.
 */
import type { StateView } from '../../model';

export interface Cell {
  text: string;
  changed: boolean;
}

export interface Row {
  name: string;
  cells: Cell[];
}

export const LOCK_COLUMNS = ['Held by', 'Waiting'] as const;
export const PAGE_COLUMNS = [
  'Lifecycle',
  'page->private',
  'page->lru',
  'PageOffline',
  'PG_movable_ops',
  'PageMovableOpsIsolated',
  'PG_locked held by',
  'refcount',
] as const;

const cpu = (name: string | null): string => (name ? `CPU ${name}` : 'nobody');
const cpus = (names: string[]): string => (names.length ? names.map(cpu).join(', ') : 'nobody');
const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** Rows whose cells are compared by row name and position with the previous state's rows. */
function rows(now: Array<[string, string[]]>, before?: Array<[string, string[]]>): Row[] {
  const old = new Map(before ?? []);
  return now.map(([name, texts]) => ({
    name,
    cells: texts.map((text, i) => ({ text, changed: !!before && old.get(name)?.[i] !== text })),
  }));
}

function lockTexts(v: StateView): Array<[string, string[]]> {
  return [
    ['balloon_pages_lock', [cpu(v.balloonPagesLock.holder), cpus(v.balloonPagesLock.waiters)]],
    ['driver mutex (vb->balloon_lock)', [cpu(v.driverMutex.holder), cpus(v.driverMutex.waiters)]],
    ...v.pageLocks.map((l): [string, string[]] => [
      `PG_locked of ${l.page}`,
      [cpu(l.holder), cpus(l.waiters)],
    ]),
  ];
}

function pageTexts(v: StateView): Array<[string, string[]]> {
  return v.pages.map((p) => [
    p.name,
    [
      p.state,
      p.private === 'b' ? 'b' : '0',
      p.lru ?? 'none',
      yesNo(p.offline),
      yesNo(p.movableOps),
      yesNo(p.isolated),
      p.lockedBy ? `CPU ${p.lockedBy}` : 'unlocked',
      String(p.refcount),
    ],
  ]);
}

function listTexts(v: StateView): Array<[string, string[]]> {
  return v.lists.map((l) => [l.label, [l.pages.join(', ') || 'empty']]);
}

function counterTexts(v: StateView): Array<[string, string[]]> {
  return [
    ['b->isolated_pages', [String(v.isolatedPages)]],
    ...Object.entries(v.counters).map(([name, n]): [string, string[]] => [name, [String(n)]]),
  ];
}

/** Every table of the panel; pass the previous step's view to mark what changed. */
export function stateTables(now: StateView, before?: StateView) {
  return {
    locks: rows(lockTexts(now), before && lockTexts(before)),
    pages: rows(pageTexts(now), before && pageTexts(before)),
    lists: rows(listTexts(now), before && listTexts(before)),
    counters: rows(counterTexts(now), before && counterTexts(before)),
  };
}

export type StateTables = ReturnType<typeof stateTables>;
