/**
 * Where the drawn state puts things, in SVG user units: the device and the lock tokens along the
 * top, one column per list, page cards stacked in their list's column. Pure arithmetic, so the
 * build-time and the live drawing agree and a card's position is a value a transition can animate.
 *
 * A stage wide enough lays every list side by side (`perRow` unset); a phone asks for two lists
 * per row, so the drawing keeps about its natural size in a 320-px column instead of shrinking
 * its text to half: the lock tokens then go under the device and the counters take two lines.
 */
import type { Picture } from './picture';

export const TOP = 58;
export const HEAD = 34;
// Three badge rows (flags, PG_locked, lru poisoned) and, under them, page->private: a card is
// tall enough that the last badge never overlaps the pointer's label, however narrow it is.
export const CARD_H = 102;
export const GAP = 8;
const COL_MIN = 150;
const WIDTH_MIN = 520;
/** The lock tokens' two lines, under the device, when the drawing is narrow. */
const LOCKS_UNDER = 44;
const LINE = 16;
/** A narrow row of empty lists: the "(empty)" line under the list's name. */
const EMPTY_H = 28;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PictureLayout {
  width: number;
  height: number;
  columns: Box[];
  /** Card position by page name; pages drawn on no column (unallocated) are absent. */
  cards: Map<string, Box>;
  /** Torn-out cards: pages a list's owner still believes are on it, by list index. */
  ghosts: Array<{ list: number; page: string; box: Box }>;
  device: Box;
  /** Where the lock tokens' first line is anchored: top right, or under the device. */
  locks: { x: number; y: number; anchor: 'start' | 'end' };
  /** Baselines of the counters' lines, one for a wide drawing and two for a narrow one. */
  counters: number[];
}

/** The drawing's places; `perRow` caps the lists side by side (two on a phone). */
export function layoutPicture(p: Picture, perRow = Infinity): PictureLayout {
  const n = Math.max(1, p.lists.length);
  const across = Math.max(1, Math.min(n, perRow));
  const narrow = across < n;
  const width = Math.max(narrow ? 0 : WIDTH_MIN, across * COL_MIN + GAP);
  const colW = (width - GAP * (across + 1)) / across;
  const cardsOn = (i: number) => p.lists[i].pages.length + p.lists[i].tornOut.length;
  const columns: Box[] = [];
  let y = TOP + (narrow ? LOCKS_UNDER : 0);
  for (let from = 0; from < p.lists.length; from += across) {
    const row = p.lists.slice(from, from + across).map((_, k) => from + k);
    const most = Math.max(...row.map(cardsOn));
    // A narrow drawing's row of empty lists keeps room for "(empty)" only, not for a card.
    const h =
      narrow && most === 0 ? HEAD + EMPTY_H : HEAD + Math.max(1, most) * (CARD_H + GAP) + GAP;
    row.forEach((i, k) => columns.push({ x: GAP + k * (colW + GAP), y, w: colW, h }));
    y += h + GAP;
  }
  if (!p.lists.length) y += HEAD + CARD_H + 2 * GAP;
  const cards = new Map<string, Box>();
  const ghosts: PictureLayout['ghosts'] = [];
  const slot = (col: Box, k: number): Box => ({
    x: col.x + GAP,
    y: col.y + HEAD + k * (CARD_H + GAP),
    w: col.w - 2 * GAP,
    h: CARD_H,
  });
  p.lists.forEach((l, i) => {
    l.pages.forEach((page, k) => cards.set(page, slot(columns[i], k)));
    l.tornOut.forEach((t, k) =>
      ghosts.push({ list: i, page: t.page, box: slot(columns[i], l.pages.length + k) }),
    );
  });
  const counters = narrow ? [y + 12, y + 12 + LINE] : [y + 12];
  return {
    width,
    height: counters[counters.length - 1] + 10,
    columns,
    cards,
    ghosts,
    device: { x: GAP, y: GAP, w: 150, h: 40 },
    locks: narrow
      ? { x: GAP, y: TOP + 8, anchor: 'start' }
      : { x: width - GAP, y: 22, anchor: 'end' },
    counters,
  };
}
