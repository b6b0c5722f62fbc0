/**
 * The drawn state's view model: which list each page card sits on, what each list's owner still
 * believes is on it (a torn-out page), the locks and the counters, read from describeState() and
 * the model's listPictures(). Pure data, so the SVG (StatePicture) stays a drawing and its text
 * alternative says exactly what it draws.
 */
import type { ListPicture, StateView } from '../../../model';

export interface PictureCard {
  page: string;
  lifecycle: string;
  private: 'b' | 0;
  movableOps: boolean;
  isolated: boolean;
  lockedBy: string | null;
  refcount: number;
  /** page->lru holds list_del()'s poison: unlinked, pointing nowhere valid. */
  poisoned: boolean;
  /** Linked on a list by a CPU that had no right to touch it. */
  stranger: boolean;
}

/** A page its list's owner still counts on the list although another CPU unlinked it. */
export interface TornOut {
  page: string;
  /** Who tore it out, at which 1-based step. */
  by: { cpu: string; step: number } | null;
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
  tornOut: TornOut[];
}

export interface Picture {
  lists: PictureList[];
  cards: PictureCard[];
  lock: StateView['balloonPagesLock'];
  mutex: StateView['driverMutex'];
  isolatedPages: number;
  counters: StateView['counters'];
}

function listOfModel(view: StateView, l: ListPicture): PictureList {
  const tornOut = l.pages.filter((p) => p.tornOut).map((p) => ({ page: p.name, by: p.by }));
  const base = { id: l.id, pages: l.linked, tornOut };
  if (l.kind === 'balloon')
    return { ...base, name: 'b->pages', role: 'the balloon list', owner: -1 };
  const owner = view.cpus.findIndex((c) => c.name === l.owner);
  return l.kind === 'migratepages'
    ? { ...base, name: 'cc->migratepages', role: `${l.owner}’s compaction list`, owner }
    : { ...base, name: 'pages', role: `${l.owner}’s local list`, owner };
}

/** The picture of `view` with the lists as listPictures() sees them (linked and believed). */
export function pictureOf(view: StateView, pictures: readonly ListPicture[]): Picture {
  const lists = pictures.map((l) => listOfModel(view, l));
  const strangers = new Set(
    pictures.flatMap((l) => l.pages.filter((p) => p.stranger).map((p) => p.name)),
  );
  const poisoned = new Set(
    pictures.flatMap((l) => l.pages.filter((p) => p.poisoned).map((p) => p.name)),
  );
  const linked = new Set(lists.flatMap((l) => l.pages));
  const loose = view.pages.filter((p) => !linked.has(p.name) && p.state !== 'unallocated');
  if (loose.length > 0)
    lists.push({
      id: 'none',
      name: 'on no list',
      role: 'linked nowhere',
      owner: -1,
      pages: loose.map((p) => p.name),
      tornOut: [],
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
      poisoned: poisoned.has(p.name),
      stranger: strangers.has(p.name),
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
    ...(c.poisoned ? ['page->lru poisoned'] : []),
  ];
  return `Page ${c.page} (${c.lifecycle}): ${flags.join(', ')}.`;
}

/**
 * The text alternative: everything the drawing shows, in sentences. `lists` is the model's own
 * wording of the lists (picturesText), so the drawing and its text cannot disagree.
 */
export function pictureText(p: Picture, lists: readonly string[]): string {
  const c = p.counters;
  return [
    `balloon_pages_lock ${who(p.lock, 'spinning')}.`,
    `Driver mutex ${who(p.mutex, 'waiting')}.`,
    ...lists,
    ...p.cards.map(cardText),
    `b->isolated_pages ${p.isolatedPages}, NR_BALLOON_PAGES ${c.NR_BALLOON_PAGES}, BALLOON_INFLATE ${c.BALLOON_INFLATE}, BALLOON_DEFLATE ${c.BALLOON_DEFLATE}, BALLOON_MIGRATE ${c.BALLOON_MIGRATE}.`,
  ].join(' ');
}
