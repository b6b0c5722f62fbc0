/**
 * How a CPU program is written: a list of atomic lines, each with the simplified code shown to
 * learners, the kernel function and file it mirrors, the variants it exists in, the lock it
 * waits for, and what it does. Lines absent from a variant simply do not appear there.
 */
import type {
  CpuState,
  FieldAccess,
  KernelState,
  LifecycleEventRecord,
  ProgramName,
  Variants,
  Violation,
} from './types';
import { variantsKey } from './variants';

/** A lock a line waits for: the spinlock, the driver mutex, or PG_locked of page / both pages. */
export type Wait = 'spin' | 'mutex' | 'page' | 'pages';

/** One atomic step of a program. */
export interface LineDef {
  id: string;
  code: string;
  fn: string;
  file: string;
  when?: (v: Variants) => boolean;
  waits?: Wait;
  /** Does the work; returns the id of the line to run next, END, or nothing to fall through. */
  run: (x: StepCtx) => string | void;
}

/** The scratchpad of one step: a private copy of the state plus what the step reports. */
export interface StepCtx {
  s: KernelState;
  cpu: number;
  c: CpuState;
  line: LineDef;
  say: string;
  events: LifecycleEventRecord[];
  violations: Violation[];
  ruleI: boolean;
  /** The lock-protected fields this step read and wrote (see FieldAccess). */
  reads: FieldAccess[];
  writes: FieldAccess[];
}

/** Jump target meaning "the program is finished". */
export const END = '<end>';

/** A program under one variant pair: its lines and where each label lands. */
export interface CompiledProgram {
  lines: LineDef[];
  /** Label (any line id of the full program) → index of the first line at or after it here. */
  target: Map<string, number>;
}

const registry = new Map<ProgramName, LineDef[]>();
const cache = new Map<string, CompiledProgram>();
// States share their variants object, so this lookup avoids building a string key per call.
const byVariants = new WeakMap<Variants, Partial<Record<ProgramName, CompiledProgram>>>();

/** Called once by each program module. */
export function defineProgram(name: ProgramName, lines: LineDef[]): void {
  registry.set(name, lines);
}

// The checker asks for one variants object millions of times in a row: remember the last one.
let lastVariants: Variants | null = null;
let lastRow: Partial<Record<ProgramName, CompiledProgram>> = {};

/** The program as it exists under these variants (memoised: programs are immutable). */
export function compile(name: ProgramName, v: Variants): CompiledProgram {
  if (v !== lastVariants) {
    let row = byVariants.get(v);
    if (!row) byVariants.set(v, (row = {}));
    lastVariants = v;
    lastRow = row;
  }
  return (lastRow[name] ??= compileByKey(name, v));
}

function compileByKey(name: ProgramName, v: Variants): CompiledProgram {
  const key = `${name}/${variantsKey(v)}`;
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = build(registry.get(name) ?? [], v)));
  return hit;
}

function build(all: LineDef[], v: Variants): CompiledProgram {
  const lines = all.filter((l) => !l.when || l.when(v));
  const target = new Map<string, number>([[END, -1]]);
  let next = -1;
  for (let i = all.length - 1; i >= 0; i--) {
    const here = lines.indexOf(all[i]);
    if (here >= 0) next = here;
    target.set(all[i].id, next);
  }
  return { lines, target };
}
