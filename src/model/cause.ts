/**
 * Why an invariant broke, computed from the run itself.
 *
 *   causeOf(scenario, variants, records, snapshots): Cause | null
 *     `records` and `snapshots` as replay() returns them (snapshots[0] is the start). Finds the
 *     first step that broke an invariant and explains it as a short causal chain of 1-based
 *     steps, using what each step read and wrote (StepRecord.reads/writes) and the locks held:
 *     - stale read: a CPU read page->private without balloon_pages_lock, another CPU changed
 *       it before the reader used it, and the reader acted on the stale value;
 *     - test then set: two CPUs both tested PG_movable_ops_isolated clear, with neither holding
 *       the page lock, before either set it, and the second acted as if it owned the page;
 *     - otherwise the violating step alone.
 *     `sentence` is the whole chain as plain text; step texts may hold `code` in backticks.
 *     `fix` names the variants that close the gap, when the chain points at one.
 *
 *   replayUnderFix(scenario, cause, schedule): FixReplay | null
 *     Replays the same schedule under `cause.fix` and says in one sentence where the fixed code
 *     stops it and why, or how the run ends.
 */
import { cpuName, listName } from './ops';
import { outcome } from './outcome';
import { replay, type Replay } from './replay';
import type { Scenario } from './scenario';
import { listOf } from './state';
import { isTerminal } from './status';
import type {
  FieldAccess,
  InvariantId,
  KernelState,
  StepRecord,
  Variants,
  Violation,
} from './types';
import { CORE_VARIANTS } from './variants';

/** One link of the chain: a 1-based step, the CPU that ran it, and what it did. */
export interface CauseStep {
  step: number;
  cpu: string;
  /** What the step did, in a sentence without its full stop; may contain `code`. */
  text: string;
}

/** The computed cause of the first broken invariant of a run. */
export interface Cause {
  invariant: InvariantId;
  /** The variants the run ran under. */
  variants: Variants;
  /** Which pattern explained it. */
  kind: 'stale-read' | 'test-then-set' | 'violation';
  /** The violation the chain ends in. */
  violation: Violation;
  /** In step order. */
  steps: CauseStep[];
  /** "Step 5: CPU A read … Step 16: …", plain text. */
  sentence: string;
  /** What closes the gap, and the variants to replay the schedule under; null if unknown. */
  fix: { text: string; variants: Variants } | null;
}

type Run = { records: StepRecord[]; snapshots: KernelState[] };
type Found = { kind: Cause['kind']; steps: CauseStep[]; fix: Cause['fix'] };

/** The cause of the first error (else warning) in the run, or null when nothing broke. */
export function causeOf(
  scenario: Scenario,
  variants: Variants,
  records: StepRecord[],
  snapshots: KernelState[],
): Cause | null {
  const at = firstViolation(records);
  if (!at) return null;
  const run = { records, snapshots };
  const found =
    staleRead(run, at.index, at.violation, variants) ??
    testThenSet(run, at.index, at.violation, variants) ??
    fallback(scenario, run, at.index, at.violation, variants);
  return {
    invariant: at.violation.invariant,
    variants,
    kind: found.kind,
    violation: at.violation,
    steps: found.steps,
    sentence: found.steps
      .map((s) => `Step ${s.step}: ${s.text}.`)
      .join(' ')
      .replace(/`/g, ''),
    fix: found.fix,
  };
}

function firstViolation(records: StepRecord[]): { index: number; violation: Violation } | null {
  for (const severity of ['error', 'warning'] as const) {
    const index = records.findIndex((r) => r.violations.some((v) => v.severity === severity));
    if (index >= 0)
      return { index, violation: records[index].violations.find((v) => v.severity === severity)! };
  }
  return null;
}

const cpuOf = (run: Run, i: number): string => run.snapshots[0].cpus[run.records[i].cpu].name;
const link = (run: Run, i: number, text: string): CauseStep => ({
  step: i + 1,
  cpu: cpuOf(run, i),
  text,
});

/** The last access of `field` by the CPU of step `v` before it, on the violation's page. */
function lastRead(run: Run, v: number, field: FieldAccess['field'], page?: string) {
  const cpu = run.records[v].cpu;
  for (let i = v - 1; i >= 0; i--) {
    if (run.records[i].cpu !== cpu) continue;
    const a = run.records[i].reads.findLast((r) => r.field === field && (!page || r.page === page));
    if (a) return { index: i, access: a };
  }
  return null;
}

/** The first write by another CPU, strictly between steps r and v, that changed the value read. */
function changedSince(run: Run, r: number, v: number, read: FieldAccess) {
  for (let i = r + 1; i < v; i++) {
    if (run.records[i].cpu === run.records[r].cpu) continue;
    const w = run.records[i].writes.find(
      (a) => a.field === read.field && a.page === read.page && a.value !== read.value,
    );
    if (w) return { index: i, access: w };
  }
  return null;
}

function staleRead(run: Run, v: number, violation: Violation, variants: Variants): Found | null {
  const read = lastRead(run, v, 'page->private', violation.page);
  if (!read || read.access.balloonPagesLock) return null;
  const write = changedSince(run, read.index, v, read.access);
  // Still stale when the reader acts: a write that was undone again explains nothing.
  const now = run.snapshots[v].pages.find((p) => p.name === read.access.page);
  if (!write || now?.private === read.access.value) return null;
  const s = run.snapshots[read.index];
  const holder = s.spinHolder >= 0 ? ` (${cpuName(s, s.spinHolder)} held it)` : '';
  const value = read.access.value ? 'b' : '0';
  const changed = write.access.value ? 'set it to b' : 'cleared it';
  const how = write.access.balloonPagesLock ? 'under the lock' : 'without the lock';
  return {
    kind: 'stale-read',
    steps: [
      link(
        run,
        read.index,
        `${cpuName(s, run.records[read.index].cpu)} read \`page->private\` = ${value} without \`balloon_pages_lock\`${holder}`,
      ),
      link(run, write.index, `CPU ${cpuOf(run, write.index)} ${changed} ${how}`),
      link(run, v, `${actedOn(run, v, violation)} on the stale value`),
    ],
    fix: {
      text: 'The fix moves the read under the lock — replay this schedule under the patched code.',
      variants: readUnderLock(variants),
    },
  };
}

/** The variants with balloon_page_isolate() reading page->private under the lock. */
function readUnderLock(v: Variants): Variants {
  if (!v.knobs) return { balloon: 'patched', core: v.core };
  return { ...v, knobs: { ...v.knobs, readPrivateUnderLock: true } };
}

/** What the violating step did to the page, in words ("CPU A unlinked P from …"). */
function actedOn(run: Run, v: number, violation: Violation): string {
  const before = run.snapshots[v];
  const r = run.records[v];
  const who = cpuName(before, r.cpu);
  const p = before.pages.findIndex((q) => q.name === violation.page);
  if (p >= 0 && violation.invariant === 'list-corruption') {
    const on = listOf(before, p);
    const where = listName(before, on, p);
    if (r.code.startsWith('list_del') && on === null)
      return `${who} unlinked ${violation.page} again, though it was on no list`;
    if (r.code.startsWith('list_del')) return `${who} unlinked ${violation.page} from ${where}`;
    if (r.code.startsWith('list_add'))
      return `${who} linked ${violation.page} while it was on ${where}`;
  }
  return `${who} ran \`${r.code}\``;
}

function testThenSet(run: Run, v: number, violation: Violation, variants: Variants): Found | null {
  const second = lastRead(run, v, 'PG_movable_ops_isolated', violation.page);
  if (!second || !racyTest(second.access)) return null;
  const first = otherTest(run, second.index, second.access);
  if (!first) return null;
  const [a, b] = [cpuOf(run, first.index), cpuOf(run, second.index)];
  const page = second.access.page;
  const took = unlinkedBy(run, first.index, v, page);
  const steps = [
    link(run, first.index, `CPU ${a} tested \`PageMovableOpsIsolated()\` on ${page}: clear`),
    link(run, second.index, `CPU ${b} tested it too: still clear, CPU ${a} had not set it yet`),
    link(run, v, `${actedOn(run, v, violation)}, as if it alone had isolated ${page}`),
  ];
  if (took) steps.push(took);
  steps.sort((x, y) => x.step - y.step);
  return {
    kind: 'test-then-set',
    steps,
    fix: {
      text: 'The fix makes the test and the set one atomic step, `TestSetPageMovableOpsIsolated()` — replay this schedule under it.',
      variants: { ...variants, core: 'core-test-and-set' },
    },
  };
}

/** The step after the first test in which that CPU unlinked the page for itself, if any. */
function unlinkedBy(run: Run, from: number, v: number, page: string): CauseStep | null {
  const cpu = run.records[from].cpu;
  const p = run.snapshots[0].pages.findIndex((q) => q.name === page);
  for (let i = from + 1; i < v; i++) {
    const [before, after] = [run.snapshots[i], run.snapshots[i + 1]];
    if (run.records[i].cpu !== cpu || listOf(after, p) !== null) continue;
    const on = listOf(before, p);
    if (on !== null)
      return link(run, i, `${cpuName(before, cpu)} unlinked ${page} from ${listName(before, on)}`);
  }
  return null;
}

/** A plain test that found the flag clear, with no page lock to keep other testers out. */
const racyTest = (a: FieldAccess): boolean => a.value === 0 && !a.atomic && !a.pageLock;

/** Another CPU's racy test of the same flag before step `at`, not followed by its set by then. */
function otherTest(run: Run, at: number, test: FieldAccess) {
  const cpu = run.records[at].cpu;
  const setBy = (i: number, who: number) =>
    run.records[i].cpu === who &&
    run.records[i].writes.some((w) => w.field === test.field && w.page === test.page && w.value);
  for (let i = at - 1; i >= 0; i--) {
    const who = run.records[i].cpu;
    if (who === cpu) continue;
    const a = run.records[i].reads.find((r) => r.field === test.field && r.page === test.page);
    if (!a || !racyTest(a)) continue;
    for (let j = i + 1; j <= at; j++) if (setBy(j, who)) return null;
    return { index: i, access: a };
  }
  return null;
}

function fallback(
  scenario: Scenario,
  run: Run,
  v: number,
  violation: Violation,
  variants: Variants,
): Found {
  const text = violation.message.replace(/\.$/, '');
  const patched: Variants = { balloon: 'patched', core: variants.core };
  const claimedSafe = scenario.expect.some(
    (e) => e.balloon === 'patched' && e.core === variants.core && e.verdict === 'safe',
  );
  const isPatched = !variants.knobs && variants.balloon === 'patched';
  return {
    kind: 'violation',
    steps: [link(run, v, text)],
    fix:
      claimedSafe && !isPatched
        ? {
            text: 'The patched balloon code is safe here — replay this schedule under it.',
            variants: patched,
          }
        : null,
  };
}

/** The schedule replayed under a cause's fix, and what happened, in one sentence. */
export interface FixReplay {
  variants: Variants;
  replay: Replay;
  sentence: string;
}

/** Replays `schedule` (CPU indexes) under `cause.fix`; null when the cause names no fix. */
export function replayUnderFix(
  scenario: Scenario,
  cause: Cause,
  schedule: number[],
): FixReplay | null {
  if (!cause.fix) return null;
  const variants = cause.fix.variants;
  const r = replay(scenario, variants, schedule);
  const last = r.snapshots[r.snapshots.length - 1];
  const under = `Under ${fixName(cause.variants, variants)},`;
  const n = schedule.length;
  let sentence: string;
  if (r.stoppedAt) {
    const at = r.stoppedAt.index + 1;
    const why = stopReason(r, r.stoppedAt, schedule[r.stoppedAt.index]);
    sentence = `${under} the schedule stops at step ${at} of ${n}: ${why}.`;
  } else if (last.violations.length) {
    sentence = `${under} all ${n} steps run, but an invariant still breaks: ${last.violations[0].message}`;
  } else {
    const ending = isTerminal(last) ? outcome(last) : null;
    const tail = ending ? ` — ${lowerFirst(ending.sentence)}` : '; the run can go on from here.';
    sentence = `${under} all ${n} steps run and no invariant breaks${tail}`;
  }
  return { variants, replay: r, sentence: fullStop(sentence) };
}

/** "the patched code" when the balloon code changed, else the core variant by its label. */
function fixName(from: Variants, to: Variants): string {
  if (to.knobs || to.balloon !== from.balloon) return 'the patched code';
  const core = CORE_VARIANTS.find((c) => c.id === to.core)?.label ?? to.core;
  return `the core variant “${core}”`;
}

/** whyNot()'s reason, plus what a CPU that already finished did last (its own narration). */
function stopReason(r: Replay, stop: { index: number; reason: string }, cpu: number): string {
  const last = r.records.findLast((x) => x.cpu === cpu);
  const s = r.snapshots[r.snapshots.length - 1];
  return s.cpus[cpu]?.pc === -1 && last ? `${stop.reason} (${last.narration})` : stop.reason;
}

/** Lower-cases a leading capital unless it starts an acronym or a name ("CPU A", "P"). */
const lowerFirst = (t: string): string =>
  /^[A-Z][a-z]/.test(t) ? t[0].toLowerCase() + t.slice(1) : t;
const fullStop = (t: string): string => (/[.!?]$/.test(t) ? t : `${t}.`);
