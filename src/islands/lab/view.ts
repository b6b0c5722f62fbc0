/**
 * View-model helpers shared by the static rendering and the live lab: what the verdict panel
 * says, how a code column is attributed, and how a CPU is named. Everything is read from the
 * model; nothing here decides whether a step is safe.
 */
import {
  outcome,
  sourceBasis,
  type KernelState,
  type ListingLine,
  type ScenarioCpu,
  type Variants,
} from '../../model';

/** The invariant panel's content: data-verdict, a short label and the sentences under it. */
export interface Verdict {
  kind: 'ok' | 'violation' | 'finished';
  label: string;
  sentences: string[];
}

/**
 * Violations first (a broken invariant outranks a finished run), then the named outcome. The
 * panel is a live region, so its "ok" text stays the same from step to step and is not re-read.
 */
export function verdictOf(state: KernelState): Verdict {
  const done = outcome(state);
  if (state.violations.length > 0) {
    const errors = state.violations.filter((v) => v.severity === 'error').length;
    return {
      kind: 'violation',
      label: errors > 0 ? 'Invariant broken' : 'Kernel warning',
      sentences: [...state.violations.map((v) => v.message), ...(done ? [done.sentence] : [])],
    };
  }
  if (done)
    return { kind: 'finished', label: 'Every CPU has finished', sentences: [done.sentence] };
  return {
    kind: 'ok',
    label: 'No invariant broken',
    sentences: ['Nothing has gone wrong so far.'],
  };
}

/**
 * "Simplified rendering of the functions named above each block (file, file; commit a3fafdd)"
 * for one CPU's listing. The column names each function where its lines start, so the label lists
 * the files and the commit rather than a dozen function names.
 */
export function sourceLabel(lines: readonly ListingLine[], variants: Variants): string {
  const files = [...new Set(lines.map((l) => l.file))];
  const commit = sourceBasis(variants);
  const what = lines.length
    ? `${lines[0].fn}() and the functions named above each block`
    : 'no code';
  return `Simplified rendering of ${what} (${files.join(', ')}; ${commit})`;
}

/** What a CPU runs, in words: "compaction: isolate P, then put it back". */
export function cpuRole(cpu: ScenarioCpu): string {
  const { page, count = 1, then, newpage } = cpu.args;
  if (cpu.program === 'inflate') return `balloon driver: inflate ${page}`;
  if (cpu.program === 'deflate')
    return `balloon driver: deflate ${count} page${count === 1 ? '' : 's'}`;
  const next = then === 'migrate' ? `migrate it to ${newpage}` : 'put it back';
  return `compaction: isolate ${page}, then ${next}`;
}

/** Badge shapes by CPU index, so CPUs differ by shape and letter, not by colour alone. */
export const CPU_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type CpuShape = (typeof CPU_SHAPES)[number];
export const shapeOf = (cpu: number): CpuShape => CPU_SHAPES[cpu % CPU_SHAPES.length];

/** "Keys: 1–2 step a CPU, ← → move in time, u undo, r redo" for a lab with n CPUs. */
export function keysHint(cpus: number): string {
  const digits = cpus > 1 ? `1–${Math.min(cpus, 9)}` : '1';
  return `Keys: ${digits} step a CPU, ← → move in time, u undo, r redo`;
}
