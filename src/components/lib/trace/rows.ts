/**
 * Builds a trace's rows at build time from the model: replay the schedule, then describe every
 * snapshot (locks, pages) next to the step that produced it. Build time only: Trace.astro imports this;
 * the island gets the finished rows, so the model stays out of the browser bundle.
 */
import {
  cpuStatus,
  describeState,
  outcome,
  play,
  scheduleToNames,
  stopSentence,
  type KernelState,
  type LifecycleEventRecord,
  type Scenario,
  type StepRecord,
  type Variants,
  type Violation,
} from '../../../model';
import type { TraceEnding, TraceRow, TraceView } from '../../../islands/trace/types';

/** "balloon_pages_lock: CPU A (B waits)" for every lock someone holds. */
export function lockHolders(s: KernelState): string[] {
  const v = describeState(s);
  const line = (name: string, holder: string | null, waiters: string[]) =>
    holder
      ? [`${name}: CPU ${holder}${waiters.length ? ` (${waiters.join(', ')} waits)` : ''}`]
      : [];
  return [
    ...line('balloon_pages_lock', v.balloonPagesLock.holder, v.balloonPagesLock.waiters),
    ...line('driver mutex', v.driverMutex.holder, v.driverMutex.waiters),
    ...v.pageLocks.flatMap((l) => line(`page lock of ${l.page}`, l.holder, l.waiters)),
  ];
}

/** "P: isolated; private b; on A's migratepages; PageMovableOpsIsolated; refcount 2". */
export function pageStates(s: KernelState): string[] {
  return describeState(s).pages.map((p) =>
    [
      `${p.name}: ${p.state}`,
      `private ${p.private}`,
      p.lru ? `on ${p.lru}` : 'on no list',
      ...(p.isolated ? ['PageMovableOpsIsolated'] : []),
      `refcount ${p.refcount}`,
    ].join('; '),
  );
}

const eventText = (e: LifecycleEventRecord): string =>
  e.accepted ? `${e.page}: ${e.event}` : `${e.page}: ${e.event} refused in ${e.from}`;

/** A violation as one sentence, prefixed with its invariant unless the message names it. */
export function violationText(v: Violation): string {
  const name = v.invariant === 'warn' ? 'WARN' : v.invariant.replace(/-/g, ' ');
  if (v.message.toLowerCase().includes(name.toLowerCase())) return v.message;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${v.message}`;
}

function stepRow(scenario: Scenario, rec: StepRecord, after: KernelState, index: number): TraceRow {
  return {
    index,
    cpu: scenario.cpus[rec.cpu].name,
    code: rec.code,
    fn: rec.fn,
    file: rec.file,
    narration: rec.narration,
    events: rec.events.map(eventText),
    locks: lockHolders(after),
    pages: pageStates(after),
    violations: rec.violations.map(violationText),
  };
}

function startRow(start: KernelState): TraceRow {
  const base = { index: 0, cpu: null, code: '', fn: '', file: '', events: [], violations: [] };
  return {
    ...base,
    narration: 'Before the first step.',
    locks: lockHolders(start),
    pages: pageStates(start),
  };
}

/** The sentence under the last row: the first broken invariant, the outcome, or what is left. */
export function endingOf(records: StepRecord[], last: KernelState): TraceEnding {
  const broken = records.flatMap((rec, i) => rec.violations.map((v) => ({ v, step: i + 1 })));
  if (broken.length) {
    const n = broken.length - 1;
    const more = n ? ` ${n} more violation${n === 1 ? ' is' : 's are'} listed in the table.` : '';
    const first = `This run breaks an invariant at step ${broken[0].step}: ${violationText(broken[0].v)}`;
    return { verdict: 'violation', sentence: first + more };
  }
  const open = last.cpus
    .filter((_, i) => cpuStatus(last, i).kind !== 'finished')
    .map((c) => c.name);
  const o = outcome(last);
  if (o && open.length === 0)
    return { verdict: 'finished', sentence: `Every CPU finished. ${o.sentence}` };
  if (o) return { verdict: 'finished', sentence: `No CPU can run any more. ${o.sentence}` };
  return {
    verdict: 'ok',
    sentence: `The schedule stops here with no invariant broken; ${open.length === 1 ? `CPU ${open[0]} has` : `CPUs ${open.join(' and ')} have`} not finished.`,
  };
}

/** The whole trace of `schedule` (CPU indexes, already validated by checkScheduleProp). */
export function buildTrace(scenario: Scenario, variants: Variants, schedule: number[]): TraceView {
  const r = play(scenario, variants, schedule);
  if (r.stop) throw new Error(stopSentence(r.stop));
  const rows = [
    startRow(r.snapshots[0]),
    ...r.records.map((rec, i) => stepRow(scenario, rec, r.snapshots[i + 1], i + 1)),
  ];
  return {
    scenario: scenario.id,
    balloon: variants.balloon,
    core: variants.core,
    schedule: scheduleToNames(scenario, schedule),
    rows,
    ending: endingOf(r.records, r.snapshots.at(-1)!),
  };
}
