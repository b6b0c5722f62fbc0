/**
 * Where the drawn state puts things, in SVG user units: the device and the lock tokens along the
 * top, one column per list, page cards stacked in their list's column. Pure arithmetic, so the
 * build-time and the live drawing agree and a card's position is a value a transition can animate.
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
}

export function layoutPicture(p: Picture): PictureLayout {
  const n = Math.max(1, p.lists.length);
  const width = Math.max(WIDTH_MIN, n * COL_MIN + GAP);
  const colW = (width - GAP * (n + 1)) / n;
  const rows = Math.max(1, ...p.lists.map((l) => l.pages.length + l.tornOut.length));
  const colH = HEAD + rows * (CARD_H + GAP) + GAP;
  const columns = p.lists.map((_, i) => ({ x: GAP + i * (colW + GAP), y: TOP, w: colW, h: colH }));
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
  return {
    width,
    height: TOP + colH + 30,
    columns,
    cards,
    ghosts,
    device: { x: GAP, y: GAP, w: 150, h: 40 },
  };
}
