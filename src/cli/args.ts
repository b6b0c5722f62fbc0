/** Command-line parsing for the lab: one command, positionals, and known flags only. */
import { unknownName } from '../model';

/** Bad input: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** Flags each command accepts; `true` means the flag takes a value. */
export const FLAGS: Record<string, Record<string, boolean>> = {
  list: { '--json': false },
  check: { '--balloon': true, '--core': true, '--json': false },
  run: { '--schedule': true, '--balloon': true, '--core': true, '--json': false },
  help: {},
};

export interface Parsed {
  command: string;
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Splits argv into command, positionals and flags, rejecting anything unknown. */
export function parseArgs(argv: string[]): Parsed {
  const [command = '', ...rest] = argv;
  if (command === '--help' || command === '-h')
    return { command: 'help', positionals: [], flags: new Map() };
  if (!command)
    throw new UsageError(
      'no command given (try: list, check <scenario>, run <scenario> --schedule A,B)',
    );
  const known = FLAGS[command];
  if (!known) throw new UsageError(unknownName('command', command, Object.keys(FLAGS)));
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (!(name in known))
      throw new UsageError(unknownName(`flag for ${command}`, name, Object.keys(known)));
    if (!known[name]) flags.set(name, true);
    else flags.set(name, inline ?? takeValue(rest, ++i, name));
  }
  return { command, positionals, flags };
}

function takeValue(rest: string[], i: number, name: string): string {
  const v = rest[i];
  if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return v;
}
