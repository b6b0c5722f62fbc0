/**
 * One atomic step of one CPU: the heart of the model. It copies the state, takes the lock the
 * line waits for, runs the line, moves the program counter and checks the invariants.
 */
import { checkAfterStep } from './invariants';
import { cpuName, violate } from './ops';
import { compile, type StepCtx } from './program';
import { cloneForStep } from './state';
import { canRun, cpuStatus } from './status';
import type { CpuStatus, KernelState, StepRecord } from './types';

/** Thrown by step() when the CPU has finished or is blocked. */
export class StepError extends Error {
  constructor(
    message: string,
    readonly cpu: number,
    readonly status: CpuStatus,
  ) {
    super(message);
    this.name = 'StepError';
  }
}

/** Runs the next line of `cpu`; the input state is left untouched. */
export function step(state: KernelState, cpu: number): { state: KernelState; record: StepRecord } {
  return runStep(state, cpu, false);
}

/** step() for the explorer: `quiet` skips the narration of who now waits (the costly part). */
export function runStep(
  state: KernelState,
  cpu: number,
  quiet: boolean,
): { state: KernelState; record: StepRecord } {
  if (!(cpu >= 0 && cpu < state.cpus.length && canRun(state, cpu))) {
    throw stepError(state, cpu, cpu >= 0 && cpu < state.cpus.length ? cpuStatus(state, cpu) : null);
  }
  const s = cloneForStep(state, cpu);
  s.clock++;
  const c = s.cpus[cpu];
  const program = compile(c.program, s.variants);
  const line = program.lines[c.pc];
  const x: StepCtx = {
    s,
    cpu,
    c,
    line,
    say: '',
    events: [],
    violations: [],
    ruleI: false,
    reads: [],
    writes: [],
  };
  acquire(x);
  const label = line.run(x);
  c.pc = c.crashed
    ? -1
    : label === undefined
      ? fallThrough(c.pc, program.lines.length)
      : jump(program.target, label);
  if (x.ruleI) x.say += ' (page->private changed without balloon_pages_lock: rule i)';
  checkAfterStep(x);
  return { state: s, record: toRecord(x, quiet ? x.say : narrate(x, state)) };
}

function stepError(s: KernelState, cpu: number, status: CpuStatus | null): StepError {
  if (!status) return new StepError(`there is no CPU ${cpu}`, cpu, { kind: 'finished' });
  const why = status.kind === 'blocked' ? `is ${status.reason}` : 'has finished';
  return new StepError(`${cpuName(s, cpu)} cannot run: it ${why}`, cpu, status);
}

const fallThrough = (pc: number, n: number): number => (pc + 1 < n ? pc + 1 : -1);

function jump(target: Map<string, number>, label: string): number {
  const pc = target.get(label);
  if (pc === undefined) throw new Error(`program jumps to unknown line ${label}`);
  return pc;
}

/** Takes the lock the line waits for (cpuStatus already said it is free). */
function acquire(x: StepCtx): void {
  const w = x.line.waits;
  if (!w) return;
  if (w === 'spin') return void (x.s.spinHolder = x.cpu);
  // Sleeping locks: taking one while holding the spinlock is a bug of its own.
  if (x.s.spinHolder === x.cpu) {
    violate(
      x,
      'sleeping-while-atomic',
      `${cpuName(x.s, x.cpu)} sleeps in \`${x.line.code}\` while holding balloon_pages_lock: sleeping while atomic.`,
    );
  }
  if (w === 'mutex') x.s.mutexHolder = x.cpu;
  if (w === 'page' || w === 'pages') x.s.pages[x.c.page].lockedBy = x.cpu;
  if (w === 'pages') x.s.pages[x.c.newpage].lockedBy = x.cpu;
}

/** The line's own narration plus who now waits on a lock this step took. */
function narrate(x: StepCtx, before: KernelState): string {
  if (!x.line.waits) return x.say;
  const waiters = x.s.cpus.flatMap((_, i) => {
    const now = cpuStatus(x.s, i);
    return i !== x.cpu && now.kind === 'blocked' && cpuStatus(before, i).kind === 'runnable'
      ? [`${cpuName(x.s, i)} ${x.line.waits === 'spin' ? 'spins' : 'sleeps'}`]
      : [];
  });
  return waiters.length ? `${x.say}; ${waiters.join(', ')}` : x.say;
}

function toRecord(x: StepCtx, narration: string): StepRecord {
  const { id, code, fn, file } = x.line;
  return {
    cpu: x.cpu,
    lineId: id,
    code,
    fn,
    file,
    narration,
    events: x.events,
    ruleIUnlocked: x.ruleI,
    reads: x.reads,
    writes: x.writes,
    violations: x.violations,
  };
}
