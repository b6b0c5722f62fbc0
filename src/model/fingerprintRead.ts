/**
 * The way back from a fingerprint to a state, so the checker's BFS queue can hold bytes instead
 * of objects: a queued state costs its few dozen bytes in the seen-state table and nothing on the
 * heap until it is expanded. readFingerprint() inverts writeFingerprint() under the same
 * renaming; constant fields come from the scenario's initial state. Of the log fields, the caller
 * passes what can change a later step's report (the violations log, poisoned page->lru); the rest
 * (clock, mishaps, beliefs) only explain a state to a learner and start afresh.
 */
import type { Renaming } from './fingerprint';
import { LIFECYCLE_STATE, resultOf } from './state';
import type { CpuState, KernelState, PageState, Violation } from './types';

/** Reads the zigzag varints ByteSink.int() wrote. */
class ByteReader {
  constructor(
    private readonly bytes: Uint8Array,
    private pos: number,
  ) {}

  int(): number {
    let z = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.pos++];
      z += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 128;
    }
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}

/** What a fingerprint leaves out but a step may read: the violations log and poisoned pages. */
export interface StateLog {
  violations: Violation[];
  /** Bit p set: page p's lru is poisoned. */
  poisoned: number;
}

const back = (order: number[], slot: number): number => (slot < 0 ? slot : order[slot]);

function maskBack(order: number[], mask: number): number {
  let out = 0;
  for (let k = 0; mask >> k; k++) if (mask & (1 << k)) out |= 1 << order[k];
  return out;
}

function readList(r: ByteReader, order: number[]): number[] {
  const list: number[] = [];
  for (let n = r.int(); n > 0; n--) list.push(order[r.int()]);
  return list;
}

/** The state whose fingerprint under renaming `ren` starts at arena[from]. */
export function readFingerprint(
  arena: Uint8Array,
  from: number,
  ren: Renaming,
  init: KernelState,
  log: StateLog,
): KernelState {
  const r = new ByteReader(arena, from);
  const isolatedPages = r.int();
  const numPages = r.int();
  const spinHolder = back(ren.cpuOrder, r.int());
  const mutexHolder = back(ren.cpuOrder, r.int());
  const counters = {
    NR_BALLOON_PAGES: r.int(),
    BALLOON_INFLATE: r.int(),
    BALLOON_DEFLATE: r.int(),
    BALLOON_MIGRATE: r.int(),
  };
  const balloonList = readList(r, ren.pageOrder);
  const pages: PageState[] = new Array(init.pages.length);
  for (const p of ren.pageOrder)
    pages[p] = readPage(r, ren, init.pages[p], (log.poisoned >> p) & 1);
  const cpus: CpuState[] = new Array(init.cpus.length);
  for (const i of ren.cpuOrder) cpus[i] = readCpu(r, ren, init.cpus[i]);
  return {
    scenarioId: init.scenarioId,
    variants: init.variants,
    pages,
    balloonList,
    balloonBelieved: balloonList.slice(),
    isolatedPages,
    numPages,
    spinHolder,
    mutexHolder,
    counters,
    cpus,
    violations: log.violations,
    clock: 0,
    mishaps: [],
  };
}

function readPage(r: ByteReader, ren: Renaming, init: PageState, poisoned: number): PageState {
  const code = r.int();
  return {
    name: init.name,
    state: LIFECYCLE_STATE[code >> 4],
    private: (code & 1) as 0 | 1,
    offline: (code & 2) !== 0,
    movableOps: (code & 4) !== 0,
    isolated: (code & 8) !== 0,
    lockedBy: back(ren.cpuOrder, r.int()),
    refcount: r.int(),
    poisoned: poisoned !== 0,
  };
}

function readCpu(r: ByteReader, ren: Renaming, init: CpuState): CpuState {
  const pc = r.int();
  const page = back(ren.pageOrder, r.int());
  const bc = r.int();
  const took = maskBack(ren.pageOrder, r.int());
  const skipped = maskBack(ren.pageOrder, r.int());
  const count = r.int();
  const result = resultOf(r.int());
  const list = readList(r, ren.pageOrder);
  return {
    name: init.name,
    program: init.program,
    pc,
    page,
    newpage: init.newpage,
    count,
    then: init.then,
    b: (bc & 1) as 0 | 1,
    took,
    skipped,
    list,
    believed: list.slice(),
    result,
    crashed: (bc & 2) !== 0,
  };
}
