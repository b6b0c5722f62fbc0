/**
 * The lists of a state as the lab draws them, corruption included.
 *
 *   listPictures(s: KernelState): ListPicture[]
 *     One picture per list: b->pages (protected by balloon_pages_lock), then each compaction
 *     CPU's cc->migratepages and each driver's local `pages` list, in CPU order. A picture holds
 *     what is really linked (in order) and what the list's owner believes is on it; each page
 *     says whether it is torn out (believed, not linked), a stranger (linked by someone with no
 *     right to touch the list) and whether its list pointers are poisoned, with who did it at
 *     which step. Page fields beyond lists (locks, flags, page->private) come from describeState.
 *
 *   picturesText(s: KernelState): string[]
 *     The same pictures as sentences, the drawing's text alternative for a screen reader.
 *
 * The model links pages exactly as the kernel does (list.h), so after a race a list's owner can
 * be left counting a page that another CPU unlinked; the picture shows both views side by side.
 */
import { believedOn, cpuName, listName } from './ops';
import { listOf } from './state';
import type { KernelState, ListMishap, ListRef } from './types';

/** Which kind of list: b->pages, compaction's cc->migratepages, or a driver's local list. */
export type ListKind = 'balloon' | 'migratepages' | 'local';

/** One page card on a list. */
export interface ListPicturePage {
  name: string;
  /** Really linked on this list (page->lru points into it). */
  linked: boolean;
  /** The list's owner counts it on this list. */
  believed: boolean;
  /** Believed but not linked: another CPU unlinked it behind the owner's back. */
  tornOut: boolean;
  /** Linked by a CPU that had no right to touch this list; its owner does not count it. */
  stranger: boolean;
  /** page->lru holds the list_del() poison (so it is on no list at all). */
  poisoned: boolean;
  /** Who tore it out or linked it as a stranger, and at which 1-based step; else null. */
  by: { cpu: string; step: number } | null;
  /** For a torn-out page: where it really is now, in words ("CPU A's migratepages list"). */
  nowOn: string | null;
}

/** One list as the drawing shows it. */
export interface ListPicture {
  /** 'balloon' or `cpu:<name>`, the same ids as describeState().lists. */
  id: string;
  kind: ListKind;
  /** The CPU whose list it is; null for b->pages, which belongs to the balloon device. */
  owner: string | null;
  /** The lock that protects the list: only b->pages has one; a local list is private. */
  lock: 'balloon_pages_lock' | null;
  /** In kernel words: "b->pages, the balloon list", "CPU A's cc->migratepages". */
  title: string;
  /** The pages really linked, in list order. */
  linked: string[];
  /** The pages the owner believes are on the list, in the order it linked them. */
  believed: string[];
  /** Linked pages in order, then torn-out ones. */
  pages: ListPicturePage[];
  /** True when `linked` and `believed` disagree. */
  corrupt: boolean;
}

/** Every list of the state, b->pages first. */
export function listPictures(s: KernelState): ListPicture[] {
  const refs: ListRef[] = ['balloon'];
  s.cpus.forEach((c, i) => {
    if (c.program !== 'inflate') refs.push(i);
  });
  return refs.map((l) => picture(s, l));
}

function picture(s: KernelState, l: ListRef): ListPicture {
  const linked = l === 'balloon' ? s.balloonList : s.cpus[l].list;
  const believed = believedOn(s, l);
  const torn = believed.filter((p) => !linked.includes(p));
  const pages = [...linked, ...torn].map((p) => card(s, l, p, linked, believed));
  const names = (ps: number[]) => ps.map((p) => s.pages[p].name);
  return {
    id: l === 'balloon' ? 'balloon' : `cpu:${s.cpus[l].name}`,
    kind: l === 'balloon' ? 'balloon' : s.cpus[l].program === 'deflate' ? 'local' : 'migratepages',
    owner: l === 'balloon' ? null : s.cpus[l].name,
    lock: l === 'balloon' ? 'balloon_pages_lock' : null,
    title: titleOf(s, l),
    linked: names(linked),
    believed: names(believed),
    pages,
    corrupt: pages.some((p) => p.tornOut || p.stranger),
  };
}

function titleOf(s: KernelState, l: ListRef): string {
  if (l === 'balloon') return 'b->pages, the balloon list';
  const c = s.cpus[l];
  return `${cpuName(s, l)}'s ${c.program === 'deflate' ? 'local pages list' : 'cc->migratepages'}`;
}

function card(
  s: KernelState,
  l: ListRef,
  p: number,
  linked: number[],
  believed: number[],
): ListPicturePage {
  const on = linked.includes(p);
  const counted = believed.includes(p);
  const tornOut = counted && !on;
  const stranger = on && !counted;
  const why = tornOut
    ? lastMishap(s, 'torn-out', l, p)
    : stranger
      ? lastMishap(s, 'stranger', l, p)
      : null;
  return {
    name: s.pages[p].name,
    linked: on,
    believed: counted,
    tornOut,
    stranger,
    poisoned: s.pages[p].poisoned,
    by: why ? { cpu: s.cpus[why.by].name, step: why.step } : null,
    nowOn: tornOut ? listName(s, listOf(s, p), p) : null,
  };
}

function lastMishap(s: KernelState, kind: ListMishap['kind'], l: ListRef, p: number) {
  for (let i = s.mishaps.length - 1; i >= 0; i--) {
    const m = s.mishaps[i];
    if (m.kind === kind && m.list === l && m.page === p) return m;
  }
  return null;
}

/** The pictures in words: one sentence per list, then one per page left on no list. */
export function picturesText(s: KernelState): string[] {
  const pictures = listPictures(s);
  const lines = pictures.map((pic) => listSentence(s, pic));
  const told = new Set(
    pictures.flatMap((pic) => pic.pages.filter((p) => p.tornOut).map((p) => p.name)),
  );
  s.pages.forEach((page, i) => {
    if (!page.poisoned || told.has(page.name) || listOf(s, i) !== null) return;
    lines.push(`${page.name} is on no list; its list pointers are poisoned.`);
  });
  return lines;
}

function listSentence(s: KernelState, pic: ListPicture): string {
  const head = pic.lock ? `The balloon list b->pages, protected by ${pic.lock}` : pic.title;
  const contents = pic.linked.length ? pic.linked.join(', ') : 'empty';
  const who = pic.owner ? `CPU ${pic.owner}` : 'the balloon';
  const torn = pic.pages.filter((p) => p.tornOut);
  const counts = torn.length
    ? `, but ${who} still counts ${torn.map((p) => p.name).join(', ')} on it — ${torn.map(tornClause).join('; ')}`
    : '';
  const strangers = pic.pages.filter((p) => p.stranger).map(strangerClause);
  return `${head}: ${contents}${counts}${strangers.length ? `; ${strangers.join('; ')}` : ''}.`;
}

function tornClause(p: ListPicturePage): string {
  const by = p.by ? ` by CPU ${p.by.cpu} at step ${p.by.step}` : '';
  const now = p.poisoned
    ? `${p.name}'s list pointers are poisoned`
    : `${p.name} is now on ${p.nowOn}`;
  return `${p.name} was torn out${by}; ${now}`;
}

function strangerClause(p: ListPicturePage): string {
  const by = p.by ? `CPU ${p.by.cpu} linked it at step ${p.by.step}` : 'someone linked it';
  return `${p.name} does not belong there: ${by} without the right to touch this list`;
}
