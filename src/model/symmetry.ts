/**
 * Symmetry reduction. Two CPUs that run the same program with the same arguments are
 * interchangeable, and so are two pages with the same role (same starting state, named by no
 * CPU's arguments): renaming them maps every run onto another run, step for step, because no
 * line looks at a CPU's or a page's index, only at what it holds. The checker stores one state
 * per class of renamings (the one whose fingerprint is smallest), which keeps every verdict:
 * a state is reachable exactly when its representative is, and a violation found at a state is
 * found, renamed, at each of its images (their schedules are the renamed schedule).
 */
import { ByteSink, compareBytes, writeFingerprint, type Renaming } from './fingerprint';
import type { Scenario } from './scenario';
import type { KernelState } from './types';

/** Every permutation of `items` (the classes here hold a handful of members). */
function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

/** Indexes grouped by a key; only groups of two or more can be permuted. */
function classes<T>(items: T[], key: (item: T, i: number) => string | null): number[][] {
  const by = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = key(item, i);
    if (k !== null) by.set(k, [...(by.get(k) ?? []), i]);
  });
  return [...by.values()].filter((g) => g.length > 1);
}

/** The permutations of 0..n-1 that shuffle each class among itself. */
function groupOf(n: number, cls: number[][]): number[][] {
  let perms = [Array.from({ length: n }, (_, i) => i)];
  for (const c of cls) {
    perms = perms.flatMap((p) =>
      permutations(c).map((image) => {
        const q = p.slice();
        c.forEach((from, j) => (q[from] = image[j]));
        return q;
      }),
    );
  }
  return perms;
}

const inverse = (to: number[]): number[] => {
  const order: number[] = [];
  to.forEach((t, i) => (order[t] = i));
  return order;
};

/**
 * Interchangeable CPUs: same program and the same arguments. Interchangeable pages: same
 * starting state and no CPU names them. A renaming is kept only if it leaves the starting state
 * unchanged (the balloon list's order usually tells two listed pages apart: deflate takes the
 * head), so every kept renaming is an automorphism of the whole state graph.
 */
export function symmetryGroup(scenario: Scenario, init: KernelState): Renaming[] {
  const cpuClasses = classes(scenario.cpus, (c) => JSON.stringify([c.program, c.args]));
  const named = new Set(scenario.cpus.flatMap((c) => [c.args.page, c.args.newpage]));
  const pageClasses = classes(scenario.pages, (p) => (named.has(p.name) ? null : p.state));
  const cpuPerms = groupOf(scenario.cpus.length, cpuClasses);
  const pagePerms = groupOf(scenario.pages.length, pageClasses);
  const all = cpuPerms.flatMap((cpuTo) =>
    pagePerms.map((pageTo) => ({
      cpuTo,
      cpuOrder: inverse(cpuTo),
      pageTo,
      pageOrder: inverse(pageTo),
    })),
  );
  const [id, ...rest] = all;
  const a = new ByteSink();
  const b = new ByteSink();
  writeFingerprint(init, id, a);
  return [
    id,
    ...rest.filter((r) => {
      writeFingerprint(init, r, b);
      return compareBytes(a.bytes, a.length, b.bytes, b.length) === 0;
    }),
  ];
}

/**
 * Writes the smallest fingerprint of s over the group into `out` (scratch is a second buffer)
 * and returns the index of the renaming that wrote it, which reads it back into s.
 * The smallest is the same for every renaming of s, so all of them meet in one table entry.
 */
export function writeCanonical(
  s: KernelState,
  group: Renaming[],
  out: ByteSink,
  scratch: ByteSink,
): number {
  writeFingerprint(s, group[0], out);
  let best = 0;
  for (let g = 1; g < group.length; g++) {
    writeFingerprint(s, group[g], scratch);
    if (compareBytes(scratch.bytes, scratch.length, out.bytes, out.length) < 0) {
      best = g;
      const { bytes, length } = out;
      out.bytes = scratch.bytes;
      out.length = scratch.length;
      scratch.bytes = bytes;
      scratch.length = length;
    }
  }
  return best;
}

/** A schedule (CPU indexes) with its CPUs renamed. */
export const renameSchedule = (r: Renaming, schedule: number[]): number[] =>
  schedule.map((cpu) => r.cpuTo[cpu]);
