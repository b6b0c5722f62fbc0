/**
 * Building, copying and naming kernel states. Steps copy a state before changing it, so every
 * snapshot of a run stays valid; the canonical key is what the explorer dedupes on.
 */
import type { Scenario, ScenarioCpu } from './scenario';
import type { CpuState, KernelState, PageLifecycle, PageState, Variants } from './types';

/** The state a scenario starts in, under the chosen variants. */
export function initialState(scenario: Scenario, variants: Variants): KernelState {
  const pages = scenario.pages.map((p): PageState => freshPage(p.name, p.state === 'onList'));
  const balloonList = pages.flatMap((p, i) => (p.state === 'onList' ? [i] : []));
  const pageIndex = (name?: string) =>
    name ? scenario.pages.findIndex((p) => p.name === name) : -1;
  return {
    scenarioId: scenario.id,
    variants: { ...variants },
    pages,
    balloonList,
    balloonBelieved: balloonList.slice(),
    isolatedPages: 0,
    // The scenario's balloon pages were all inflated by this driver, so it counts each of them.
    numPages: balloonList.length,
    spinHolder: -1,
    mutexHolder: -1,
    counters: {
      NR_BALLOON_PAGES: balloonList.length,
      BALLOON_INFLATE: 0,
      BALLOON_DEFLATE: 0,
      BALLOON_MIGRATE: 0,
    },
    cpus: scenario.cpus.map((c) => initialCpu(c, pageIndex)),
    violations: [],
    clock: 0,
    mishaps: [],
  };
}

/** A page already in the balloon (as balloon_page_insert() leaves it) or not yet allocated. */
function freshPage(name: string, onList: boolean): PageState {
  return {
    name,
    state: onList ? 'onList' : 'unallocated',
    private: onList ? 1 : 0,
    offline: onList,
    movableOps: onList,
    isolated: false,
    lockedBy: -1,
    refcount: onList ? 1 : 0,
    poisoned: false,
  };
}

function initialCpu(c: ScenarioCpu, pageIndex: (name?: string) => number): CpuState {
  return {
    name: c.name,
    program: c.program,
    pc: 0,
    page: pageIndex(c.args.page),
    newpage: pageIndex(c.args.newpage),
    count: c.args.count ?? 0,
    then: c.program === 'isolate' ? (c.args.then ?? 'putback') : null,
    b: 0,
    took: 0,
    skipped: 0,
    list: [],
    believed: [],
    result: '',
    crashed: false,
  };
}

/** A copy deep enough that a step can change it without touching the original. */
export function cloneState(s: KernelState): KernelState {
  const out = cloneShared(s);
  out.cpus = s.cpus.map(cloneCpu);
  return out;
}

/**
 * The copy a step of `cpu` works on: everything it may write is copied (the globals, the lists
 * of the state, every page and the stepping CPU), the other CPUs are shared with the original.
 * A step changes another CPU only by unlinking a page from that CPU's list, and unlink() copies
 * that CPU first (copyCpu). The explorer copies per transition, so sparing the four or five
 * CPUs a step does not touch is most of what a copy costs.
 */
export function cloneForStep(s: KernelState, cpu: number): KernelState {
  const out = cloneShared(s);
  out.cpus = s.cpus.slice();
  out.cpus[cpu] = cloneCpu(s.cpus[cpu]);
  return out;
}

/** Replaces CPU i of a step's copy by its own copy before the step writes to it. */
export function copyCpu(s: KernelState, i: number): CpuState {
  return (s.cpus[i] = cloneCpu(s.cpus[i]));
}

/** Everything but the CPUs (the caller decides which of those to copy). */
function cloneShared(s: KernelState): KernelState {
  // Field-by-field literals keep one hidden class per shape: the explorer clones per transition.
  const c = s.counters;
  return {
    scenarioId: s.scenarioId,
    variants: s.variants,
    pages: s.pages.map(clonePage),
    balloonList: s.balloonList.slice(),
    balloonBelieved: s.balloonBelieved.slice(),
    isolatedPages: s.isolatedPages,
    numPages: s.numPages,
    spinHolder: s.spinHolder,
    mutexHolder: s.mutexHolder,
    counters: {
      NR_BALLOON_PAGES: c.NR_BALLOON_PAGES,
      BALLOON_INFLATE: c.BALLOON_INFLATE,
      BALLOON_DEFLATE: c.BALLOON_DEFLATE,
      BALLOON_MIGRATE: c.BALLOON_MIGRATE,
    },
    cpus: s.cpus,
    violations: s.violations,
    clock: s.clock,
    mishaps: s.mishaps,
  };
}

function clonePage(p: PageState): PageState {
  const { name, state, offline, movableOps, isolated, lockedBy, refcount, poisoned } = p;
  return {
    name,
    state,
    private: p.private,
    offline,
    movableOps,
    isolated,
    lockedBy,
    refcount,
    poisoned,
  };
}

function cloneCpu(c: CpuState): CpuState {
  const { name, program, pc, page, newpage, count, then, b, took, skipped, result, crashed } = c;
  return {
    name,
    program,
    pc,
    page,
    newpage,
    count,
    then,
    b,
    took,
    skipped,
    list: c.list.slice(),
    believed: c.believed.slice(),
    result,
    crashed,
  };
}

/** Which list page p is linked on: 'balloon', the index of the CPU whose list holds it, or null. */
export function listOf(s: KernelState, p: number): 'balloon' | number | null {
  if (s.balloonList.includes(p)) return 'balloon';
  const owner = s.cpus.findIndex((c) => c.list.includes(p));
  return owner < 0 ? null : owner;
}

/** A small number per lifecycle state, for the state key and the checker's fingerprints. */
export const LIFECYCLE_CODE: Record<PageLifecycle, number> = {
  unallocated: 0,
  inflating: 1,
  onList: 2,
  isolated: 3,
  migrating: 4,
  deflated: 5,
  freed: 6,
};
/** LIFECYCLE_CODE backwards: the lifecycle state of each code. */
export const LIFECYCLE_STATE = Object.keys(LIFECYCLE_CODE).sort(
  (a, b) => LIFECYCLE_CODE[a as PageLifecycle] - LIFECYCLE_CODE[b as PageLifecycle],
) as PageLifecycle[];

// '' (still running) is code 0 and answered without a lookup: most CPUs of most states run.
const resultCodes = new Map<string, number>([['', 0]]);
const resultStrings: string[] = [''];
/** A small number per distinct CPU result string (stable within one process). */
export const resultCode = (r: string): number => {
  if (r === '') return 0;
  let n = resultCodes.get(r);
  if (n === undefined) {
    resultCodes.set(r, (n = resultCodes.size));
    resultStrings.push(r);
  }
  return n;
};
/** resultCode() backwards, for a result it has numbered. */
export const resultOf = (code: number): string => resultStrings[code];

/**
 * A compact string that identifies a state for deduplication: everything that can change
 * what happens next, nothing else (no violations log, no constant scenario data). One char
 * per field keeps it short, which is what makes hashing it in the explorer's Map cheap.
 *
 * Left out on purpose, because no program, guard or invariant decides anything on them (they
 * explain a state to a learner, and word one message): the step `clock`, the `mishaps` log,
 * what owners believe is on their lists (`balloonBelieved`, `CpuState.believed`) and whether
 * page->lru is poisoned. The kernel walks the links, not anyone's belief, so two states that
 * differ only there run alike (tests/model/pictures.test.ts checks this); keying on them would
 * split identical futures and only slow the explorer down. This is the single definition of
 * identity: fingerprints elsewhere must derive from this function.
 */
export function stateKey(s: KernelState): string {
  // Offsets keep every value positive (counts may go negative in a broken run).
  const k: number[] = [
    s.isolatedPages + 64,
    s.spinHolder + 64,
    s.mutexHolder + 64,
    s.numPages + 64,
  ];
  const c = s.counters;
  k.push(
    c.NR_BALLOON_PAGES + 64,
    c.BALLOON_INFLATE + 64,
    c.BALLOON_DEFLATE + 64,
    c.BALLOON_MIGRATE + 64,
  );
  k.push(s.balloonList.length + 64, ...s.balloonList);
  for (const p of s.pages) {
    const flags = p.private | (p.offline ? 2 : 0) | (p.movableOps ? 4 : 0) | (p.isolated ? 8 : 0);
    k.push(LIFECYCLE_CODE[p.state] * 16 + flags + 64, p.lockedBy + 64, p.refcount + 64);
  }
  for (const u of s.cpus) {
    k.push(u.pc + 64, u.page + 64, u.b + (u.crashed ? 2 : 0) + 64, u.took + 64, u.skipped + 64);
    k.push(u.count + 64);
    k.push(resultCode(u.result) + 64, u.list.length + 64, ...u.list);
  }
  return String.fromCharCode(...k);
}
