/**
 * Can a CPU run? Blocking is a value with a reason, so the lab can print it next to the CPU.
 */
import { compile, type LineDef } from './program';
import './programs';
import type { CpuStatus, KernelState } from './types';

const RUNNABLE: CpuStatus = { kind: 'runnable' };
const FINISHED: CpuStatus = { kind: 'finished' };

/** The line a CPU runs next, or null once it has finished. */
export function currentLine(s: KernelState, cpu: number): LineDef | null {
  const c = s.cpus[cpu];
  return c.pc < 0 ? null : compile(c.program, s.variants).lines[c.pc];
}

/**
 * cpuStatus(s, cpu).kind === 'runnable' without wording a reason: the checker asks this for
 * every CPU of every state it reaches, and most of the time only the answer matters.
 */
export function canRun(s: KernelState, cpu: number): boolean {
  const line = currentLine(s, cpu);
  if (!line) return false;
  const w = line.waits;
  if (!w) return true;
  if (w === 'spin') return s.spinHolder < 0;
  if (w === 'mutex') return s.mutexHolder < 0;
  const c = s.cpus[cpu];
  return s.pages[c.page].lockedBy < 0 && (w === 'page' || s.pages[c.newpage].lockedBy < 0);
}

/** Whether the CPU can take its next step, and if not, why. */
export function cpuStatus(s: KernelState, cpu: number): CpuStatus {
  const line = currentLine(s, cpu);
  if (!line) return FINISHED;
  const why = line.waits ? waitReason(s, cpu, line) : null;
  return why ? { kind: 'blocked', reason: why } : RUNNABLE;
}

const holderName = (s: KernelState, holder: number, cpu: number): string =>
  holder === cpu ? 'itself' : `CPU ${s.cpus[holder].name}`;

/** Why the lock this line waits for is not available, or null when it is. */
function waitReason(s: KernelState, cpu: number, line: LineDef): string | null {
  if (line.waits === 'spin' && s.spinHolder >= 0) {
    return `spinning on balloon_pages_lock held by ${holderName(s, s.spinHolder, cpu)}`;
  }
  if (line.waits === 'mutex' && s.mutexHolder >= 0) {
    return `sleeping on the driver mutex held by ${holderName(s, s.mutexHolder, cpu)}`;
  }
  const c = s.cpus[cpu];
  const pages =
    line.waits === 'page' ? [c.page] : line.waits === 'pages' ? [c.page, c.newpage] : [];
  const locked = pages.find((p) => s.pages[p].lockedBy >= 0);
  if (locked === undefined) return null;
  const page = s.pages[locked];
  return `sleeping on the page lock of ${page.name} held by ${holderName(s, page.lockedBy, cpu)}`;
}

/** True when no CPU can run (each has finished or is blocked). */
export function isTerminal(s: KernelState): boolean {
  return s.cpus.every((_, i) => cpuStatus(s, i).kind !== 'runnable');
}
