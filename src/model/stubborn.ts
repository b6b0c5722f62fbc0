/**
 * Stubborn sets (option `por`): a partial-order reduction whose ample set is a set of CPUs
 * closed under conflict, built from the per-line table of shared accesses (lineAccess.ts).
 *
 * For a state s and a set C of CPUs, let T be the next steps of the runnable CPUs in C. T is
 * persistent (C1) when no sequence of steps of the other CPUs, taken from s, can touch what a
 * step of T touches. The closure below makes C so: for every runnable c in C, every other CPU e
 * whose future footprint F(e) conflicts with c's next step joins C; a blocked CPU in C brings in
 * the holder of the lock it waits for, so it stays blocked while C does not move. F(e) is the
 * union of the accesses of every line e can reach from its program counter (the table's `goes`),
 * with its page widened to every page once it walks b->pages, and cut at any line waiting for a
 * lock held by a CPU in C: only a lock's holder drops it, and C does not move before T does.
 * Two accesses conflict when one writes what the other reads or writes, or adds to what the other
 * reads or writes (adds commute with adds).
 *
 * - C0: the seed CPU is runnable, so T is never empty.
 * - C2: when T is not every runnable step, each step of T must leave the counting invariant's
 *   inputs alone (balloon_pages_lock free or not, isolated_pages, which pages are isolated or
 *   migrating) or run with balloon_pages_lock held before and after (the invariant is only
 *   checked while the lock is free, and only the holder can free it). Other invariants are
 *   either judged on the step that breaks them from what it reads (so a commuted copy of the step
 *   breaks them the same way) or on terminal states, which C0 and C1 keep.
 * - C3: as for local steps (reduction.ts), T alone is explored only when every successor comes
 *   later in the BFS queue; otherwise the state is fully expanded.
 */
import { compile, type CompiledProgram } from './program';
import { LINE_ACCESS, NEXT, type LineAccess, type Token } from './lineAccess';
import type { ExploreOptions } from './explore';
import type { KernelState } from './types';

/**
 * One bit per token of the line table. A literal, not built from a list at load: the lab's
 * bundle reaches this module through the model's index, and a top-level call would make the
 * bundler keep (and the lab fetch) this chunk for its side effects.
 */
const T: Record<Token, number> = {
  page: 1 << 0,
  pageLock: 1 << 1,
  newpage: 1 << 2,
  newpageLock: 1 << 3,
  link: 1 << 4,
  linkNew: 1 << 5,
  balloon: 1 << 6,
  own: 1 << 7,
  spin: 1 << 8,
  mutex: 1 << 9,
  numPages: 1 << 10,
  isolated: 1 << 11,
  counters: 1 << 12,
};
const tokenMask = (ts: Token[] | undefined): number =>
  (ts ?? []).reduce((m, t) => m | (T[t] ?? 0), 0);

/** A line's token masks [r, w, a], by line id (computed once). */
const masks = new Map<string, [number, number, number]>();
function masksOf(lineId: string): [number, number, number] {
  let m = masks.get(lineId);
  if (!m) {
    const a = accessOf(lineId);
    masks.set(lineId, (m = [tokenMask(a.r), tokenMask(a.w), tokenMask(a.a)]));
  }
  return m;
}

// Shared objects outside the pages: one bit each, CPU d's list at bit LIST + d.
const SPIN = 1;
const MUTEX = 2;
const NUM = 4;
const ISO = 8;
const CNT = 16;
const BAL = 32;
const LIST = 6;
/** The bit layout of `rm`/`wm`/`am`, for the table's test. */
export const OBJECT_BITS = { SPIN, MUTEX, NUM, ISO, CNT, BAL, LIST } as const;

/**
 * Objects a step reads, writes or adds to: `rp`/`wp` hold page p's fields at bit p and its
 * PG_locked at bit 16 + p; `rm`/`wm`/`am` the other objects.
 */
export interface Footprint {
  rp: number;
  wp: number;
  rm: number;
  wm: number;
  am: number;
}

const empty = (): Footprint => ({ rp: 0, wp: 0, rm: 0, wm: 0, am: 0 });

export function conflict(a: Footprint, b: Footprint): boolean {
  return (
    (a.wp & (b.rp | b.wp)) !== 0 ||
    (b.wp & a.rp) !== 0 ||
    (a.wm & (b.rm | b.wm | b.am)) !== 0 ||
    (b.wm & (a.rm | a.am)) !== 0 ||
    (a.am & b.rm) !== 0 ||
    (b.am & a.rm) !== 0
  );
}

/** a ⊆ b in every component (what the table test checks of future footprints). */
export function within(a: Footprint, b: Footprint): boolean {
  return (
    (a.rp & ~b.rp) === 0 &&
    (a.wp & ~b.wp) === 0 &&
    (a.rm & ~b.rm) === 0 &&
    (a.wm & ~b.wm) === 0 &&
    (a.am & ~b.am) === 0
  );
}

export function accessOf(lineId: string): LineAccess {
  const a = LINE_ACCESS[lineId];
  if (!a) throw new Error(`line ${lineId} has no entry in LINE_ACCESS`);
  return a;
}

const bit = (p: number): number => (p >= 0 ? 1 << p : 0);
const maskOf = (ps: number[]): number => ps.reduce((m, p) => m | bit(p), 0);

/** The lists page set `pages` may be linked on when CPU cpu touches it, now or later. */
function listsOf(s: KernelState, cpu: number, pages: number, concrete: boolean): number {
  if (!pages) return 0;
  let m = 0;
  if (concrete) m |= s.spinHolder === cpu ? BAL : 1 << (LIST + cpu);
  else m |= BAL | (1 << (LIST + cpu));
  if (maskOf(s.balloonList) & pages) m |= BAL;
  for (let d = 0; d < s.cpus.length; d++) {
    const f = s.cpus[d];
    const may =
      (maskOf(f.list) & pages) !== 0 ||
      (!concrete &&
        f.pc >= 0 &&
        (f.program === 'deflate' || (f.program === 'isolate' && (bit(f.page) & pages) !== 0)));
    if (may) m |= 1 << (LIST + d);
  }
  return m;
}

/** Adds the objects behind `tokens` (r, w or a) for CPU cpu whose page is any of `pages`. */
function addTokens(
  fp: Footprint,
  kind: 'r' | 'w' | 'a',
  tokens: number,
  s: KernelState,
  cpu: number,
  pages: number,
  concrete: boolean,
): void {
  if (!tokens) return;
  const c = s.cpus[cpu];
  let p = 0;
  let m = 0;
  if ((tokens & T.page) !== 0) p |= pages;
  if ((tokens & T.pageLock) !== 0) p |= pages << 16;
  if ((tokens & T.newpage) !== 0) p |= bit(c.newpage);
  if ((tokens & T.newpageLock) !== 0) p |= bit(c.newpage) << 16;
  if ((tokens & T.link) !== 0) m |= listsOf(s, cpu, pages, concrete);
  if ((tokens & T.linkNew) !== 0) m |= listsOf(s, cpu, bit(c.newpage), concrete);
  if ((tokens & T.balloon) !== 0) m |= BAL;
  if ((tokens & T.own) !== 0) m |= 1 << (LIST + cpu);
  if ((tokens & T.spin) !== 0) m |= SPIN;
  if ((tokens & T.mutex) !== 0) m |= MUTEX;
  if ((tokens & T.numPages) !== 0) m |= NUM;
  if ((tokens & T.isolated) !== 0) m |= ISO;
  if ((tokens & T.counters) !== 0) m |= CNT;
  if (kind === 'r') {
    fp.rp |= p;
    fp.rm |= m;
  } else if (kind === 'w') {
    fp.wp |= p;
    fp.wm |= m;
  } else {
    fp.wp |= p; // no page field is only added to
    fp.am |= m;
  }
}

/** What CPU cpu's next step touches in s (its page is the one it holds now). */
export function nextFootprint(s: KernelState, cpu: number): Footprint {
  const c = s.cpus[cpu];
  const fp = empty();
  if (c.pc < 0) return fp;
  const [r, w, a] = masksOf(compile(c.program, s.variants).lines[c.pc].id);
  const pages = bit(c.page);
  addTokens(fp, 'r', r, s, cpu, pages, true);
  addTokens(fp, 'w', w, s, cpu, pages, true);
  addTokens(fp, 'a', a, s, cpu, pages, true);
  return fp;
}

// --- Future footprints: the lines reachable from a pc, by page mode, cut at blocked waits ------

/** Page modes: the CPU's page now, any page (it walks b->pages), a page on its own list. */
const CUR = 0;
const ANY = 1;
const OWN_LIST = 2;
/** Cut bits: waits for balloon_pages_lock, the mutex, the page's / newpage's lock are blocked. */
const CUT_SPIN = 1;
const CUT_MUTEX = 2;
const CUT_PAGE = 4;
const CUT_NEWPAGE = 8;

const summaries = new WeakMap<CompiledProgram, Map<number, Int32Array>>();

/** The successors of line pc in the compiled program (-1 = the program ends). */
export function successors(program: CompiledProgram, pc: number): number[] {
  const a = accessOf(program.lines[pc].id);
  return (a.goes ?? [NEXT]).map((g) =>
    g === NEXT
      ? pc + 1 < program.lines.length
        ? pc + 1
        : -1
      : (program.target.get(g) ??
        (() => {
          throw new Error(`${program.lines[pc].id} goes to unknown line ${g}`);
        })()),
  );
}

function blocked(program: CompiledProgram, pc: number, mode: number, cut: number): boolean {
  const w = program.lines[pc].waits;
  if (w === 'spin') return (cut & CUT_SPIN) !== 0;
  if (w === 'mutex') return (cut & CUT_MUTEX) !== 0;
  if (mode !== CUR) return false;
  if (w === 'page') return (cut & CUT_PAGE) !== 0;
  if (w === 'pages') return (cut & (CUT_PAGE | CUT_NEWPAGE)) !== 0;
  return false;
}

/** Token masks [r, w, a] per page mode of every line reachable from pc (cut where blocked). */
function summary(program: CompiledProgram, pc: number, cut: number): Int32Array {
  let byKey = summaries.get(program);
  if (!byKey) summaries.set(program, (byKey = new Map()));
  const key = pc * 16 + cut;
  let out = byKey.get(key);
  if (out) return out;
  out = new Int32Array(9);
  const seen = new Set<number>();
  const stack: Array<[number, number]> = [[pc, CUR]];
  while (stack.length) {
    const [at, mode] = stack.pop()!;
    if (at < 0 || seen.has(at * 3 + mode)) continue;
    seen.add(at * 3 + mode);
    if (blocked(program, at, mode, cut)) continue;
    const a = accessOf(program.lines[at].id);
    const [r, w, add] = masksOf(program.lines[at].id);
    out[mode * 3] |= r;
    out[mode * 3 + 1] |= w;
    out[mode * 3 + 2] |= add;
    const next = a.repage === 'any' ? ANY : a.repage === 'list' && mode !== ANY ? OWN_LIST : mode;
    for (const to of successors(program, at)) stack.push([to, next]);
  }
  byKey.set(key, out);
  return out;
}

const holderIn = (holder: number, inC: number): boolean =>
  holder >= 0 && (inC & (1 << holder)) !== 0;

/** The cut bits for CPU cpu: which of the locks it may wait for are held by a CPU of inC. */
function cutOf(s: KernelState, cpu: number, inC: number): number {
  const c = s.cpus[cpu];
  let cut = 0;
  if (holderIn(s.spinHolder, inC)) cut |= CUT_SPIN;
  if (holderIn(s.mutexHolder, inC)) cut |= CUT_MUTEX;
  if (c.page >= 0 && holderIn(s.pages[c.page].lockedBy, inC)) cut |= CUT_PAGE;
  if (c.newpage >= 0 && holderIn(s.pages[c.newpage].lockedBy, inC)) cut |= CUT_NEWPAGE;
  return cut;
}

/** Everything CPU cpu may touch from s on while the CPUs of mask inC do not move. */
export function futureFootprint(s: KernelState, cpu: number, inC: number): Footprint {
  return futureWithCut(s, cpu, cutOf(s, cpu, inC));
}

function futureWithCut(s: KernelState, cpu: number, cut: number): Footprint {
  const c = s.cpus[cpu];
  const fp = empty();
  if (c.pc < 0) return fp;
  const sum = summary(compile(c.program, s.variants), c.pc, cut);
  const pages = [bit(c.page), (1 << s.pages.length) - 1, maskOf(c.list)];
  for (let mode = 0; mode < 3; mode++) {
    addTokens(fp, 'r', sum[mode * 3], s, cpu, pages[mode], false);
    addTokens(fp, 'w', sum[mode * 3 + 1], s, cpu, pages[mode], false);
    addTokens(fp, 'a', sum[mode * 3 + 2], s, cpu, pages[mode], false);
  }
  return fp;
}

/** One state's footprints, each computed once however many closures ask for it. */
class Footprints {
  private next: Array<Footprint | undefined> = [];
  private future: Array<Footprint | undefined> = [];
  constructor(private readonly s: KernelState) {}
  nextOf(cpu: number): Footprint {
    return (this.next[cpu] ??= nextFootprint(this.s, cpu));
  }
  futureOf(cpu: number, inC: number): Footprint {
    const key = cpu * 16 + cutOf(this.s, cpu, inC);
    return (this.future[key] ??= futureWithCut(this.s, cpu, key & 15));
  }
}

/** The CPUs holding the lock(s) blocked CPU cpu waits for. */
function blockers(s: KernelState, cpu: number): number[] {
  const c = s.cpus[cpu];
  const w = compile(c.program, s.variants).lines[c.pc].waits;
  if (w === 'spin') return [s.spinHolder];
  if (w === 'mutex') return [s.mutexHolder];
  const out = [s.pages[c.page].lockedBy];
  if (w === 'pages') out.push(s.pages[c.newpage].lockedBy);
  return out;
}

/** The stubborn set grown from runnable CPU seed: a mask of CPUs (runnable or not). */
function closure(s: KernelState, fps: Footprints, seed: number, runnable: number): number {
  let inC = 1 << seed;
  const work = [seed];
  while (work.length) {
    const c = work.pop()!;
    if (s.cpus[c].pc < 0) continue;
    if (runnable & (1 << c)) {
      const mine = fps.nextOf(c);
      for (let e = 0; e < s.cpus.length; e++) {
        if (inC & (1 << e)) continue;
        if (!conflict(mine, fps.futureOf(e, inC))) continue;
        inC |= 1 << e;
        work.push(e);
      }
    } else {
      for (const h of blockers(s, c)) {
        if (h < 0 || inC & (1 << h)) continue;
        inC |= 1 << h;
        work.push(h);
      }
    }
  }
  return inC;
}

const popcount = (m: number): number => {
  let n = 0;
  for (; m; m &= m - 1) n++;
  return n;
};

/**
 * The smallest stubborn set: its runnable CPUs (all of `runnable` if none is smaller) and the
 * whole closure (runnable or not), as masks.
 */
export function stubbornSet(s: KernelState, runnable: number): { ample: number; closed: number } {
  let best = { ample: runnable, closed: (1 << s.cpus.length) - 1 };
  let size = popcount(runnable);
  const fps = new Footprints(s);
  for (let seed = 0; seed < s.cpus.length && size > 1; seed++) {
    if (!(runnable & (1 << seed))) continue;
    const closed = closure(s, fps, seed, runnable);
    const n = popcount(closed & runnable);
    if (n < size) [best, size] = [{ ample: closed & runnable, closed }, n];
  }
  return best;
}

/** isolated_pages minus the pages isolated or migrating: the counting invariant wants 0. */
export function countingGap(s: KernelState): number {
  let n = 0;
  for (const p of s.pages) if (counted(p.state)) n++;
  return s.isolatedPages - n;
}

/**
 * True when the counting invariant cannot break before the set's CPUs move: it holds now and
 * no CPU outside the closure may change isolated_pages or which pages are counted.
 */
export function countingQuiet(s: KernelState, closed: number): boolean {
  if (countingGap(s) !== 0) return false;
  for (let e = 0; e < s.cpus.length; e++) {
    if (closed & (1 << e)) continue;
    const f = futureFootprint(s, e, closed);
    if ((f.am | f.wm) & ISO) return false;
  }
  return true;
}

const counted = (state: string): boolean => state === 'isolated' || state === 'migrating';

/**
 * C2 after the fact: the step of cpu cannot have changed whether the counting invariant holds
 * (checked only while balloon_pages_lock is free). A step that takes or drops the lock is also
 * invisible when the invariant holds before and after it and no CPU outside the set can change
 * it (`countingQuiet`): then it holds in every state the commuted steps pass through.
 */
export function countingInvisible(before: KernelState, after: KernelState, cpu: number): boolean {
  if (before.spinHolder === cpu && after.spinHolder === cpu) return true;
  return (
    before.spinHolder === after.spinHolder &&
    before.isolatedPages === after.isolatedPages &&
    before.pages.every((p, i) => counted(p.state) === counted(after.pages[i].state))
  );
}

/** What explore() needs of this module for its `por` option. */
export const STUBBORN_SETS = { stubbornSet, countingInvisible, countingGap, countingQuiet };
export type StubbornSets = typeof STUBBORN_SETS;

/**
 * Symmetry and stubborn sets, for the biggest searches (the benchmark's); stubborn sets replace
 * local steps here (fewer states and transitions, every verdict kept). The build's claims use
 * symmetry alone, which keeps shortest counterexamples; the lessons and the browser explore
 * unreduced.
 */
export const REDUCED: ExploreOptions = { symmetry: true, por: STUBBORN_SETS };
