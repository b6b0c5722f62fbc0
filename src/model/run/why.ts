/** Whether a CPU can take a step, as one reason string (blocking is a value). */
import { cpuStatus } from '../status';
import type { KernelState } from '../types';

/** Why `cpu` cannot take a step in s, or null when it can. */
export function whyNot(s: KernelState, cpu: number): string | null {
  if (!Number.isInteger(cpu) || cpu < 0 || cpu >= s.cpus.length) return `there is no CPU ${cpu}`;
  const st = cpuStatus(s, cpu);
  const name = `CPU ${s.cpus[cpu].name}`;
  if (st.kind === 'finished') return `${name} has finished`;
  return st.kind === 'blocked' ? `${name} is ${st.reason}` : null;
}
