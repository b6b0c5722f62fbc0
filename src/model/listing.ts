/** What the lab shows as a CPU's code: the simplified lines of its program under a variant. */
import { compile } from './program';
import './programs';
import type { Scenario } from './scenario';
import type { KernelState, Variants } from './types';

/** One displayed line. */
export interface ListingLine {
  code: string;
  fn: string;
  file: string;
  lineId: string;
  /**
   * False for lines this CPU can never reach with its arguments: a compaction CPU that puts the
   * page back never runs balloon_page_migrate(). Shown lists may leave them out.
   */
  reachable: boolean;
}

/** The lines of CPU `cpuIndex`'s program as they exist under these variants. */
export function programListing(
  scenario: Scenario,
  variants: Variants,
  cpuIndex: number,
): ListingLine[] {
  const cpu = scenario.cpus[cpuIndex];
  if (!cpu) throw new RangeError(`scenario ${scenario.id} has no CPU ${cpuIndex}`);
  const migrates = cpu.program !== 'isolate' || cpu.args.then === 'migrate';
  return compile(cpu.program, variants).lines.map(({ code, fn, file, id }) => ({
    code,
    fn,
    file,
    lineId: id,
    reachable: migrates || !id.startsWith('mig.'),
  }));
}

/** Index into programListing() of the line the CPU runs next, or null when it has finished. */
export function nextLine(state: KernelState, cpuIndex: number): number | null {
  const pc = state.cpus[cpuIndex]?.pc ?? -1;
  return pc < 0 ? null : pc;
}
