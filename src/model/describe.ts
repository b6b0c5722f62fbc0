/**
 * A view-friendly summary of a state for the shared-state panel and the CLI's step table.
 * Names instead of indexes, lists in order, locks with their holders and waiters.
 */
import { believedOn } from './ops';
import { listOf } from './state';
import { cpuStatus } from './status';
import type { Counters, KernelState, ListRef, PageLifecycle } from './types';

/** One page as the panel shows it. */
export interface PageView {
  name: string;
  state: PageLifecycle;
  private: 'b' | 0;
  /** The list page->lru is linked on, in words ("balloon list", "B's local list"), or null. */
  lru: string | null;
  offline: boolean;
  movableOps: boolean;
  isolated: boolean;
  lockedBy: string | null;
  refcount: number;
  /** page->lru holds the list_del() poison: the page was unlinked and not linked again. */
  poisoned: boolean;
  /** The lists whose owner counts this page (one, unless a list was corrupted), in words. */
  countedOn: string[];
}

/** A lock: who holds it and who waits for it. */
export interface LockView {
  holder: string | null;
  waiters: string[];
}

/** The whole shared-state panel. */
export interface StateView {
  balloonPagesLock: LockView;
  driverMutex: LockView;
  pageLocks: Array<{ page: string; holder: string; waiters: string[] }>;
  pages: PageView[];
  /** Each list: what is really linked (`pages`) and what its owner believes is on it. */
  lists: Array<{ id: string; label: string; pages: string[]; believed: string[] }>;
  isolatedPages: number;
  counters: Counters;
  cpus: Array<{ name: string; program: string; status: string; reason?: string }>;
}

/** Summarises a state for display. */
export function describeState(s: KernelState): StateView {
  const name = (i: number) => (i >= 0 ? s.cpus[i].name : null);
  const waiting = (prefix: string) =>
    s.cpus.flatMap((c, i) => {
      const st = cpuStatus(s, i);
      return st.kind === 'blocked' && st.reason.includes(prefix) ? [c.name] : [];
    });
  return {
    balloonPagesLock: { holder: name(s.spinHolder), waiters: waiting('balloon_pages_lock') },
    driverMutex: { holder: name(s.mutexHolder), waiters: waiting('driver mutex') },
    pageLocks: s.pages.flatMap((p) =>
      p.lockedBy < 0
        ? []
        : [
            {
              page: p.name,
              holder: s.cpus[p.lockedBy].name,
              waiters: waiting(`page lock of ${p.name} `),
            },
          ],
    ),
    pages: s.pages.map((p, i) => ({
      name: p.name,
      state: p.state,
      private: p.private ? 'b' : 0,
      lru: listLabel(s, listOf(s, i)),
      offline: p.offline,
      movableOps: p.movableOps,
      isolated: p.isolated,
      lockedBy: name(p.lockedBy),
      refcount: p.refcount,
      poisoned: p.poisoned,
      countedOn: countedOn(s, i),
    })),
    lists: describeLists(s),
    isolatedPages: s.isolatedPages,
    counters: { ...s.counters },
    cpus: s.cpus.map((c, i) => {
      const st = cpuStatus(s, i);
      return {
        name: c.name,
        program: c.program,
        status: st.kind,
        ...(st.kind === 'blocked' ? { reason: st.reason } : {}),
      };
    }),
  };
}

function listLabel(s: KernelState, where: 'balloon' | number | null): string | null {
  if (where === null) return null;
  if (where === 'balloon') return 'balloon list';
  const c = s.cpus[where];
  return `${c.name}'s ${c.program === 'deflate' ? 'local list' : 'migratepages'}`;
}

/** The lists whose owner believes page p is on them. */
function countedOn(s: KernelState, p: number): string[] {
  const lists: ListRef[] = ['balloon', ...s.cpus.map((_, i) => i)];
  return lists.flatMap((l) => (believedOn(s, l).includes(p) ? [listLabel(s, l) as string] : []));
}

function describeLists(s: KernelState): StateView['lists'] {
  const names = (ps: number[]) => ps.map((p) => s.pages[p].name);
  const own = s.cpus.flatMap((c, i) =>
    c.program === 'inflate'
      ? []
      : [
          {
            id: `cpu:${c.name}`,
            label: listLabel(s, i) as string,
            pages: names(c.list),
            believed: names(c.believed),
          },
        ],
  );
  const balloon = {
    id: 'balloon',
    label: 'balloon list (b->pages)',
    pages: names(s.balloonList),
    believed: names(s.balloonBelieved),
  };
  return [balloon, ...own];
}
