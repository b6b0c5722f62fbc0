/**
 * The answers to a <Predict> question, asked of the model at build time: who can run comes from
 * cpuStatus(), page->private from the state, and whether isolation succeeds from every
 * continuation of the paused run. The island receives the result as JSON.
 */
import {
  cpuStatus,
  describeState,
  play,
  stopSentence,
  terminalStatesFrom,
  type KernelState,
  type Scenario,
  type Variants,
} from '../../model';
import { isolationEnding } from '../../islands/predict/continuations';
import type { PredictAsk, PredictQuestion } from '../../islands/predict/types';

/** Where the run is paused: the state after the schedule, and how it got there. */
export interface Paused {
  scenario: Scenario;
  variants: Variants;
  /** The schedule as CPU indexes; it must run to the end (see pauseAt). */
  schedule: number[];
}

/** Replays the schedule; throws an Error with the model's stop sentence when a step cannot run. */
export function pauseAt(p: Paused): KernelState {
  const tape = play(p.scenario, p.variants, p.schedule);
  if (tape.stop) throw new Error(stopSentence(tape.stop));
  return tape.snapshots[tape.snapshots.length - 1];
}

/** Builds the question `ask` for the paused run; `target` names a page or a CPU when needed. */
export function predictQuestion(p: Paused, ask: PredictAsk, target?: string): PredictQuestion {
  const state = pauseAt(p);
  if (ask === 'next-cpu') return nextCpuQuestion(state);
  if (ask === 'private') return privateQuestion(p, state, target);
  return isolationQuestion(state, target);
}

const list = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** "Which CPU can run next?": every runnable CPU is right; "none" when all are stuck or done. */
export function nextCpuQuestion(state: KernelState): PredictQuestion {
  const status = state.cpus.map((_, i) => cpuStatus(state, i));
  const runnable = state.cpus.filter((_, i) => status[i].kind === 'runnable').map((c) => c.name);
  const details = state.cpus.map((c, i) => {
    const st = status[i];
    if (st.kind === 'runnable') return `CPU ${c.name} can run.`;
    return `CPU ${c.name} cannot: it ${st.kind === 'finished' ? 'has finished' : `is ${st.reason}`}.`;
  });
  const names = runnable.map((n) => `CPU ${n}`);
  const reason =
    runnable.length === 0
      ? 'No CPU can run: each one is blocked or has finished.'
      : `${runnable.length === state.cpus.length ? 'Every CPU' : list(names)} can run next.`;
  return {
    ask: 'next-cpu',
    prompt: 'Which CPU can run next? Choose every CPU that can.',
    multiple: true,
    options: [
      ...state.cpus.map((c) => ({ value: c.name, label: `CPU ${c.name}` })),
      { value: 'none', label: 'None of them' },
    ],
    correct: runnable.length ? runnable : ['none'],
    reason,
    details,
  };
}

/** Finds a page or CPU by name; throws an Error listing the known names otherwise. */
function byName<T extends { name: string }>(items: T[], name: string, what: string): number {
  const i = items.findIndex((item) => item.name === name);
  if (i < 0)
    throw new Error(
      `unknown ${what} ${name} (expected one of: ${items.map((x) => x.name).join(', ')})`,
    );
  return i;
}

/** The step (1-based) and narration that last changed the page's private, if any did. */
function lastPrivateChange(p: Paused, page: number): string | null {
  const r = play(p.scenario, p.variants, p.schedule);
  for (let i = r.records.length - 1; i >= 0; i--) {
    if (r.snapshots[i].pages[page].private !== r.snapshots[i + 1].pages[page].private) {
      return `It last changed at step ${i + 1}: ${r.records[i].narration}.`;
    }
  }
  return null;
}

/** "What is page->private now?": b or 0, read from the paused state. */
export function privateQuestion(p: Paused, state: KernelState, pageName?: string): PredictQuestion {
  const page = pageName ? byName(state.pages, pageName, 'page') : 0;
  const view = describeState(state).pages[page];
  const where = view.lru ? `linked on the ${view.lru}` : 'on no list';
  const since = lastPrivateChange(p, page) ?? 'No step so far has changed it.';
  return {
    ask: 'private',
    prompt: `What is ${view.name}->private now?`,
    multiple: false,
    options: [
      { value: 'b', label: 'b (the balloon device)' },
      { value: '0', label: '0 (no balloon)' },
    ],
    correct: [String(view.private)],
    reason: `${view.name}->private is ${view.private}; ${view.name} is in state ${view.state}, ${where}.`,
    details: [since],
  };
}

/** The isolate CPU a question is about: the named one, else the scenario's first. */
function isolateCpu(state: KernelState, cpuName?: string): number {
  const cpu = cpuName
    ? byName(state.cpus, cpuName, 'CPU')
    : state.cpus.findIndex((c) => c.program === 'isolate');
  if (cpu < 0 || state.cpus[cpu].program !== 'isolate') {
    throw new Error(
      `${cpuName ? `CPU ${cpuName} does not run` : 'no CPU runs'} compaction's isolate`,
    );
  }
  return cpu;
}

/** The reason after "The answer: Yes." etc.; the option label already says which. */
const ISOLATION_ANSWER = {
  yes: 'Every run from here isolates the page.',
  no: 'No run from here isolates the page.',
  depends: 'Some runs from here isolate the page and some do not.',
} as const;

/** "Will isolation succeed?": yes, no, or it depends, over every continuation of the run. */
export function isolationQuestion(state: KernelState, cpuName?: string): PredictQuestion {
  const cpu = isolateCpu(state, cpuName);
  const endings = terminalStatesFrom(state).map((s) => isolationEnding(s, cpu));
  const yes = endings.some((e) => e.isolated);
  const no = endings.some((e) => !e.isolated);
  const answer = yes && no ? 'depends' : yes ? 'yes' : 'no';
  const c = state.cpus[cpu];
  const page = state.pages[c.page].name;
  return {
    ask: 'isolation',
    prompt: `Will CPU ${c.name}'s isolation of ${page} succeed?`,
    multiple: false,
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'depends', label: 'It depends on the schedule' },
    ],
    correct: [answer],
    reason: ISOLATION_ANSWER[answer],
    details: [...new Set(endings.map((e) => `A run can end: ${e.sentence}`))].sort(),
  };
}
