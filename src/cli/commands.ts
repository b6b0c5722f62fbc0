/** The lab's commands: list, check and run. Each returns its exit code. */
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  DEFAULT_VARIANTS,
  explore,
  isBalloonVariant,
  isCoreVariant,
  outcome,
  checkSchedule,
  EMPTY_SCHEDULE,
  play,
  scheduleToNames,
  splitNames,
  StateCapError,
  stopSentence,
  unknownName,
  type ExploreReport,
  type Scenario,
  type Variants,
} from '../model';
import { UsageError, type Parsed } from './args';
import { stepTable } from './format';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The scenario named by the single positional argument. */
function pickScenario(p: Parsed, scenarios: Scenario[]): Scenario {
  const [id, ...extra] = p.positionals;
  if (!id) throw new UsageError(`${p.command} needs a scenario id (try: list)`);
  if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const s = scenarios.find((x) => x.id === id);
  if (!s)
    throw new UsageError(
      unknownName(
        'scenario',
        id,
        scenarios.map((x) => x.id),
      ),
    );
  return s;
}

/** --balloon / --core, defaulting to patched + core-page-lock. */
function pickVariants(p: Parsed): Variants {
  const balloon = String(p.flags.get('--balloon') ?? DEFAULT_VARIANTS.balloon);
  const core = String(p.flags.get('--core') ?? DEFAULT_VARIANTS.core);
  if (!isBalloonVariant(balloon))
    throw new UsageError(
      unknownName(
        'balloon variant',
        balloon,
        BALLOON_VARIANTS.map((v) => v.id),
      ),
    );
  if (!isCoreVariant(core))
    throw new UsageError(
      unknownName(
        'core variant',
        core,
        CORE_VARIANTS.map((v) => v.id),
      ),
    );
  return { balloon, core };
}

/** `list`: scenarios and variants. */
export function list(p: Parsed, scenarios: Scenario[], io: Io): number {
  if (p.positionals.length) throw new UsageError(`unexpected argument '${p.positionals[0]}'`);
  if (p.flags.has('--json')) {
    io.stdout(
      JSON.stringify(
        { scenarios, balloonVariants: BALLOON_VARIANTS, coreVariants: CORE_VARIANTS },
        null,
        2,
      ),
    );
    return 0;
  }
  const out = ['Scenarios:'];
  for (const s of scenarios) {
    out.push(`  ${s.id} — ${s.title}`);
    out.push(
      `    CPUs: ${s.cpus.map((c) => `${c.name}=${c.program}(${Object.values(c.args).join(', ')})`).join('  ')}`,
    );
    for (const e of s.expect) out.push(`    claims ${e.balloon} + ${e.core}: ${e.verdict}`);
  }
  out.push('', 'Balloon variants (--balloon, default patched):');
  for (const v of BALLOON_VARIANTS) out.push(`  ${v.id.padEnd(25)} ${v.label} (${v.source})`);
  out.push('', 'Core variants (--core, default core-page-lock):');
  for (const v of CORE_VARIANTS) out.push(`  ${v.id.padEnd(25)} ${v.label}`);
  io.stdout(out.join('\n'));
  return 0;
}

/** explore(), with its state cap reported as one line and exit 2: no verdict is not a violation. */
function exploreCapped(s: Scenario, v: Variants): ExploreReport {
  try {
    return explore(s, v);
  } catch (e) {
    if (e instanceof StateCapError) throw new UsageError(e.message);
    throw e;
  }
}

/** `check`: exhaustive exploration; exit 1 when some interleaving breaks an invariant. */
export function check(p: Parsed, scenarios: Scenario[], io: Io): number {
  const s = pickScenario(p, scenarios);
  const v = pickVariants(p);
  const r = exploreCapped(s, v);
  const names = (sched: number[]) => scheduleToNames(s, sched);
  if (p.flags.has('--json')) {
    const json = {
      scenario: s.id,
      variants: v,
      ...r,
      violations: r.violations.map((x) => ({ ...x.violation, schedule: names(x.schedule) })),
      outcomes: r.outcomes.map((x) => ({ ...x.outcome, schedule: names(x.schedule) })),
      ruleI: r.ruleI.map((x) => ({ ...x, cpu: s.cpus[x.cpu].name, schedule: names(x.schedule) })),
    };
    io.stdout(JSON.stringify(json, null, 2));
    return r.verdict === 'safe' ? 0 : 1;
  }
  const out = [`${s.id}: ${s.title}`, `variants: --balloon ${v.balloon} --core ${v.core}`];
  const size = `${r.states} states, ${r.transitions} transitions, ${r.elapsedMs.toFixed(1)} ms`;
  if (r.verdict === 'safe') out.push(`verdict: SAFE — every interleaving checked (${size})`);
  else out.push(`verdict: UNSAFE — ${r.violations.length} violation(s) found (${size})`);
  r.violations.forEach((x, i) => {
    out.push(
      '',
      `${i + 1}. ${x.violation.invariant} (${x.violation.severity}), shortest schedule ${names(x.schedule).join(',')}`,
      `   ${x.violation.message}`,
    );
  });
  if (r.violations.length) {
    const first = r.violations[0];
    const run = play(s, v, first.schedule);
    out.push(
      '',
      `Shortest counterexample for 1 (${first.schedule.length} steps):`,
      stepTable(run.records, run.snapshots),
    );
  }
  out.push('', `Reachable outcomes (${r.outcomes.length}):`);
  for (const o of r.outcomes)
    out.push(
      `  ${o.outcome.id}\n    ${o.outcome.sentence} (e.g. ${names(o.schedule).join(',') || 'no steps'})`,
    );
  for (const n of r.ruleI)
    out.push(
      '',
      `Note, rule i (reported, not judged): ${n.lineId} changes page->private without balloon_pages_lock (e.g. ${names(n.schedule).join(',')}).`,
    );
  io.stdout(out.join('\n'));
  return r.verdict === 'safe' ? 0 : 1;
}

/** `run`: replay one schedule and print the step table; exit 1 if it broke an invariant. */
export function run(p: Parsed, scenarios: Scenario[], io: Io): number {
  const s = pickScenario(p, scenarios);
  const v = pickVariants(p);
  const text = p.flags.get('--schedule');
  if (typeof text !== 'string') throw new UsageError('run needs --schedule, e.g. --schedule A,B,A');
  const names = splitNames(text);
  if (names.length === 0) throw new UsageError(`--schedule: ${EMPTY_SCHEDULE}`);
  const r = checkSchedule(s, v, names);
  if (r.stop) throw new UsageError(`--schedule: ${stopSentence(r.stop)}`);
  const end = r.snapshots[r.snapshots.length - 1];
  const o = outcome(end);
  if (p.flags.has('--json')) {
    io.stdout(
      JSON.stringify(
        {
          scenario: s.id,
          variants: v,
          steps: r.records,
          violations: end.violations,
          outcome: o,
          state: end,
        },
        null,
        2,
      ),
    );
    return end.violations.length ? 1 : 0;
  }
  const out = [
    `${s.id} with --balloon ${v.balloon} --core ${v.core}, schedule ${names.join(',')}`,
    stepTable(r.records, r.snapshots),
  ];
  out.push(
    '',
    end.violations.length ? `${end.violations.length} violation(s):` : 'No violation on this run.',
  );
  for (const x of end.violations) out.push(`  ${x.invariant} (${x.severity}): ${x.message}`);
  out.push(o ? `Outcome: ${o.id} — ${o.sentence}` : 'Not finished: some CPU can still run.');
  io.stdout(out.join('\n'));
  return end.violations.length ? 1 : 0;
}
