/**
 * A state's fingerprint for the checker: every identity field of a KernelState written as
 * zigzag varints into a byte buffer. It identifies exactly what stateKey() identifies (a test
 * checks that the two agree on every reachable state of every shipped scenario), but costs no
 * string and can be written under a permutation of CPUs and pages, which symmetry reduction needs.
 */
import { LIFECYCLE_CODE, resultCode } from './state';
import type { Counters, CpuState, KernelState, PageState } from './types';

/**
 * What each field is to the checker. 'identity' fields are written into the fingerprint;
 * 'constant' fields are fixed for a whole exploration (scenario data); 'log' fields record how a
 * state was reached and not what it is. The Record types make `astro check` fail when a field is
 * added to KernelState, CpuState or PageState and nobody decides which it is.
 */
export type FieldRole = 'identity' | 'constant' | 'log';

export const STATE_FIELD_ROLES: Record<keyof KernelState, FieldRole> = {
  scenarioId: 'constant',
  variants: 'constant',
  pages: 'identity',
  balloonList: 'identity',
  isolatedPages: 'identity',
  spinHolder: 'identity',
  mutexHolder: 'identity',
  counters: 'identity',
  cpus: 'identity',
  /** vb->num_pages: what leak_balloon() clamps a deflate request to. */
  numPages: 'identity',
  violations: 'log',
  // What owners believe and when lists were torn (src/model/pictures.ts): never read by a step.
  balloonBelieved: 'log',
  clock: 'log',
  mishaps: 'log',
};

export const COUNTER_FIELD_ROLES: Record<keyof Counters, FieldRole> = {
  NR_BALLOON_PAGES: 'identity',
  BALLOON_INFLATE: 'identity',
  BALLOON_DEFLATE: 'identity',
  BALLOON_MIGRATE: 'identity',
};

export const PAGE_FIELD_ROLES: Record<keyof PageState, FieldRole> = {
  name: 'constant',
  state: 'identity',
  private: 'identity',
  offline: 'identity',
  movableOps: 'identity',
  isolated: 'identity',
  lockedBy: 'identity',
  refcount: 'identity',
  poisoned: 'log',
};

export const CPU_FIELD_ROLES: Record<keyof CpuState, FieldRole> = {
  name: 'constant',
  program: 'constant',
  pc: 'identity',
  page: 'identity',
  newpage: 'constant',
  /** A deflate's request, clamped to vb->num_pages by leak_balloon() as it runs. */
  count: 'identity',
  then: 'constant',
  b: 'identity',
  took: 'identity',
  skipped: 'identity',
  list: 'identity',
  believed: 'log',
  result: 'identity',
  crashed: 'identity',
};

/**
 * A renaming of CPUs and pages: `cpuOrder[k]` is the CPU written in slot k, `cpuTo[i]` the slot
 * CPU i goes to (the inverse), and likewise for pages. The identity writes the state as it is.
 */
export interface Renaming {
  cpuOrder: number[];
  cpuTo: number[];
  pageOrder: number[];
  pageTo: number[];
}

/** The renaming that changes nothing, for a state of this shape. */
export function identityRenaming(cpus: number, pages: number): Renaming {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => i);
  return { cpuOrder: ids(cpus), cpuTo: ids(cpus), pageOrder: ids(pages), pageTo: ids(pages) };
}

/** A growable byte buffer the fingerprint is written into (reused: no allocation per state). */
export class ByteSink {
  bytes = new Uint8Array(256);
  length = 0;

  /** A signed integer as a zigzag varint: small values take one byte, none is ambiguous. */
  int(v: number): void {
    let z = v >= 0 ? v * 2 : -v * 2 - 1;
    if (this.length + 6 > this.bytes.length) this.grow();
    while (z >= 0x80) {
      this.bytes[this.length++] = (z & 0x7f) | 0x80;
      z = Math.floor(z / 128);
    }
    this.bytes[this.length++] = z;
  }

  private grow(): void {
    const next = new Uint8Array(this.bytes.length * 2);
    next.set(this.bytes);
    this.bytes = next;
  }
}

const ref = (to: number[], i: number): number => (i < 0 ? i : to[i]);

/** A page bitmask with its bits renamed. */
function maskTo(to: number[], mask: number): number {
  let out = 0;
  for (let p = 0; mask >> p; p++) if (mask & (1 << p)) out |= 1 << to[p];
  return out;
}

/**
 * Writes every identity field of s, renamed by r, into out. This is the one place that decides
 * what a checker state is; a field marked 'identity' above must be written here (a test mutates
 * each one and expects the fingerprint to change).
 */
export function writeFingerprint(s: KernelState, r: Renaming, out: ByteSink): void {
  out.length = 0;
  out.int(s.isolatedPages);
  out.int(s.numPages);
  out.int(ref(r.cpuTo, s.spinHolder));
  out.int(ref(r.cpuTo, s.mutexHolder));
  const c = s.counters;
  out.int(c.NR_BALLOON_PAGES);
  out.int(c.BALLOON_INFLATE);
  out.int(c.BALLOON_DEFLATE);
  out.int(c.BALLOON_MIGRATE);
  writeList(s.balloonList, r, out);
  for (const p of r.pageOrder) writePage(s.pages[p], r, out);
  for (const i of r.cpuOrder) writeCpu(s.cpus[i], r, out);
}

function writeList(list: number[], r: Renaming, out: ByteSink): void {
  out.int(list.length);
  for (const p of list) out.int(r.pageTo[p]);
}

function writePage(p: PageState, r: Renaming, out: ByteSink): void {
  const flags = p.private | (p.offline ? 2 : 0) | (p.movableOps ? 4 : 0) | (p.isolated ? 8 : 0);
  out.int(LIFECYCLE_CODE[p.state] * 16 + flags);
  out.int(ref(r.cpuTo, p.lockedBy));
  out.int(p.refcount);
}

function writeCpu(u: CpuState, r: Renaming, out: ByteSink): void {
  out.int(u.pc);
  out.int(ref(r.pageTo, u.page));
  out.int(u.b + (u.crashed ? 2 : 0));
  out.int(maskTo(r.pageTo, u.took));
  out.int(maskTo(r.pageTo, u.skipped));
  out.int(u.count);
  out.int(resultCode(u.result));
  writeList(u.list, r, out);
}

/** Lexicographic order of two byte strings (shorter first on a common prefix). */
export function compareBytes(a: Uint8Array, an: number, b: Uint8Array, bn: number): number {
  const n = Math.min(an, bn);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return an - bn;
}
