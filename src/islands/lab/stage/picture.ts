/**
 * The drawn state's view model: which list each page card sits on, the locks, the counters and
 * what is broken, read from describeState() and the violations seen so far. Pure data, so the
 * SVG (StatePicture) stays a drawing and its text alternative says exactly what it draws.
 */
import type { StateView, Violation } from '../../../model';

export interface PictureCard {
  page: string;
  lifecycle: string;
  private: 'b' | 0;
  movableOps: boolean;
  isolated: boolean;
  lockedBy: string | null;
  refcount: number;
  /** Unlinked from a list it was not on: what list corruption does to the page. */
  torn: boolean;
}

export interface PictureList {
  /** 'balloon', 'cpu:<name>' or 'none' for pages linked on no list. */
  id: string;
  /** The kernel's name for the list: b->pages, cc->migratepages, the driver's pages. */
  name: string;
  /** What the list is, in words. */
  role: string;
  /** Index of the CPU that owns the list, -1 for the balloon list and 'none'. */
  owner: number;
  pages: string[];
  /** Pages the owner believes are on the list although they are not linked there. */
  believed: string[];
}

export interface Picture {
  lists: PictureList[];
  cards: PictureCard[];
  lock: StateView['balloonPagesLock'];
  mutex: StateView['driverMutex'];
  isolatedPages: number;
  counters: StateView['counters'];
}

function listOfView(view: StateView, l: StateView['lists'][number]): PictureList {
  if (l.id === 'balloon')
    return { ...base(l), name: 'b->pages', role: 'the balloon list', owner: -1 };
  const cpu = l.id.slice('cpu:'.length);
  const owner = view.cpus.findIndex((c) => c.name === cpu);
  const compaction = view.cpus[owner]?.program === 'isolate';
  return {
    ...base(l),
    name: compaction ? 'cc->migratepages' : 'pages',
    role: compaction ? `${cpu}’s compaction list` : `${cpu}’s local list`,
    owner,
  };
}

const base = (l: StateView['lists'][number]) => ({ id: l.id, pages: l.pages, believed: [] });

/** The picture of `view`; `violations` (seen so far) mark the pages a list corruption tore out. */
export function pictureOf(view: StateView, violations: readonly Violation[]): Picture {
  const torn = new Set(
    violations.filter((v) => v.invariant === 'list-corruption').map((v) => v.page),
  );
  const lists = view.lists.map((l) => listOfView(view, l));
  const linked = new Set(lists.flatMap((l) => l.pages));
  const loose = view.pages.filter((p) => !linked.has(p.name) && p.state !== 'unallocated');
  if (loose.length > 0)
    lists.push({
      id: 'none',
      name: 'on no list',
      role: 'linked nowhere',
      owner: -1,
      pages: loose.map((p) => p.name),
      believed: [],
    });
  return {
    lists,
    cards: view.pages.map((p) => ({
      page: p.name,
      lifecycle: p.state,
      private: p.private,
      movableOps: p.movableOps,
      isolated: p.isolated,
      lockedBy: p.lockedBy,
      refcount: p.refcount,
      torn: torn.has(p.name),
    })),
    lock: view.balloonPagesLock,
    mutex: view.driverMutex,
    isolatedPages: view.isolatedPages,
    counters: view.counters,
  };
}

const who = (l: { holder: string | null; waiters: string[] }, verb: string) =>
  (l.holder ? `held by CPU ${l.holder}` : 'free') +
  (l.waiters.length ? `; ${l.waiters.map((w) => `CPU ${w}`).join(', ')} ${verb}` : '');

function cardText(c: PictureCard): string {
  const flags = [
    `page->private = ${c.private === 'b' ? 'b (points to the balloon device)' : '0'}`,
    c.movableOps ? 'PG_movable_ops set' : 'PG_movable_ops clear',
    c.isolated ? 'PageMovableOpsIsolated' : 'not isolated',
    c.lockedBy ? `page lock held by CPU ${c.lockedBy}` : 'page lock free',
    `refcount ${c.refcount}`,
  ];
  const torn = c.torn ? ' Torn out: unlinked from a list it was not on (list corruption).' : '';
  return `Page ${c.page} (${c.lifecycle}): ${flags.join(', ')}.${torn}`;
}

/** The text alternative: everything the drawing shows, in sentences. */
export function pictureText(p: Picture): string {
  const lists = p.lists.map((l) => {
    const on = l.pages.length ? l.pages.join(', ') : 'empty';
    const believed = l.believed.length
      ? ` Its owner still believes ${l.believed.join(', ')} ${l.believed.length === 1 ? 'is' : 'are'} on it.`
      : '';
    return `${l.name} (${l.role}): ${on}.${believed}`;
  });
  const c = p.counters;
  return [
    `balloon_pages_lock ${who(p.lock, 'spinning')}.`,
    `Driver mutex ${who(p.mutex, 'waiting')}.`,
    ...lists,
    ...p.cards.map(cardText),
    `b->isolated_pages ${p.isolatedPages}, NR_BALLOON_PAGES ${c.NR_BALLOON_PAGES}, BALLOON_INFLATE ${c.BALLOON_INFLATE}, BALLOON_DEFLATE ${c.BALLOON_DEFLATE}, BALLOON_MIGRATE ${c.BALLOON_MIGRATE}.`,
  ].join(' ');
}
