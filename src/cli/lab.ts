/**
 * The command-line lab: `list`, `check <scenario>`, `run <scenario> --schedule A,B,…`.
 * Exit codes: 0 safe / ran clean, 1 violation found, 2 bad input (one line on stderr).
 * Schedules name CPUs by their scenario names (A,B,…), comma- or space-separated.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadScenarios } from '../scenarios/load';
import { parseArgs, UsageError } from './args';
import { check, list, run, type Io } from './commands';

/** content/scenarios, found relative to this file so the CLI works from any directory. */
export const SCENARIO_DIR = fileURLToPath(new URL('../../content/scenarios', import.meta.url));

const USAGE = `usage: balloon-lab <command>
  list [--json]                                   scenarios and variants
  check <scenario> [--balloon V] [--core C] [--json]   explore every interleaving
  run <scenario> --schedule A,B,A [--balloon V] [--core C] [--json]   replay one schedule
defaults: --balloon patched --core core-page-lock; schedules use the scenario's CPU names`;

const processIo: Io = {
  stdout: (t) => process.stdout.write(t + '\n'),
  stderr: (t) => process.stderr.write(t + '\n'),
};

/** Runs the CLI and returns its exit code (tests inject io and the scenario directory). */
export function main(argv: string[], io: Io = processIo, dir = SCENARIO_DIR): number {
  try {
    const p = parseArgs(argv);
    if (p.command === 'help') return (io.stdout(USAGE), 0);
    const scenarios = loadScenarios(dir);
    if (p.command === 'list') return list(p, scenarios, io);
    return p.command === 'check' ? check(p, scenarios, io) : run(p, scenarios, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`balloon-lab: ${e.message}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
