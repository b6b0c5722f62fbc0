/**
 * The command-line lab: `list`, `check <scenario>`, `run <scenario> --schedule A,B,…`.
 * Exit codes: 0 safe / ran clean, 1 violation found, 2 bad input or broken content (one line on
 * stderr: file, field, hint), 3 a bug in the lab itself (one line too). A CI gate can trust that 1
 * always means a counterexample, never a malformed scenario file.
 * Schedules name CPUs by their scenario names (A,B,…), comma- or space-separated.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadScenarios } from '../scenarios/load';
import { ContentError } from '../schemas/errors';
import { parseArgs, UsageError } from './args';
import { check, list, run, type Io } from './commands';

/** content/scenarios, found relative to this file so the CLI works from any directory. */
export const SCENARIO_DIR = fileURLToPath(new URL('../../content/scenarios', import.meta.url));

const USAGE = `usage: balloon-lab <command>
  list [--json]                                   scenarios and variants
  check <scenario> [--balloon V] [--core C] [--json]   explore every interleaving
  run <scenario> --schedule A,B,A [--balloon V] [--core C] [--json]   replay one schedule
defaults: --balloon patched --core core-page-lock; schedules use the scenario's CPU names
exit codes: 0 safe, 1 violation found, 2 bad input or broken content, 3 internal error`;

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
    io.stderr(`balloon-lab: ${errorLine(e)}`);
    if (e instanceof UsageError || e instanceof ContentError) return 2;
    return 3;
  }
}

/** Any error as one line: a content error's first problem, counting the others. */
function errorLine(e: unknown): string {
  if (e instanceof ContentError) {
    const [first, ...more] = e.problems;
    const others = more.length
      ? ` (and ${more.length} more problem${more.length > 1 ? 's' : ''})`
      : '';
    return `${first}${others}`;
  }
  if (e instanceof UsageError) return e.message;
  const message = e instanceof Error ? e.message : String(e);
  return `internal error, please report it: ${message.split('\n')[0]}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
