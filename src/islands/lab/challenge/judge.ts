/**
 * How a lab run stands against its challenge, and the sentences the goal bar says about it. Pure:
 * the model decides whether the goal is met (goalMet); this only adds the step limit, the variants
 * the challenge runs under, and the words.
 */
import { goalMet, type KernelState } from '../../../model';
import type { LabChallenge } from './types';

/** Where the run is: under other variants, still going, solved, or met with too many steps. */
export type Standing =
  | { kind: 'elsewhere' }
  | { kind: 'playing' }
  | { kind: 'solved'; steps: number }
  | { kind: 'over-limit'; steps: number; limit: number };

/** The run the lab shows: its variants and how many steps it has taken. */
export interface RunAt {
  balloon: string;
  core: string;
  cursor: number;
}

export function standing(c: LabChallenge, run: RunAt, state: KernelState): Standing {
  if (run.balloon !== c.balloon || run.core !== c.core) return { kind: 'elsewhere' };
  if (!goalMet(c.goal, state)) return { kind: 'playing' };
  const steps = run.cursor;
  if (c.stepLimit !== undefined && steps > c.stepLimit) {
    return { kind: 'over-limit', steps, limit: c.stepLimit };
  }
  return { kind: 'solved', steps };
}

const steps = (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`;

/** What counts as meeting the goal, in one short sentence: it shares the goal bar's one line. */
export function goalRule(c: LabChallenge): string {
  const limit = c.stepLimit === undefined ? '' : ` in at most ${steps(c.stepLimit)}`;
  switch (c.goal.kind) {
    case 'break':
      return `Break the invariant ${c.goal.invariant}${limit}.`;
    case 'reach':
      return `End the run with ${c.goal.outcome}${limit}.`;
    case 'impossible':
      return 'Break any invariant, if any schedule can.';
  }
}

/** "par 16 steps" for the goal bar, or nothing for an impossible goal. */
export const parLabel = (c: LabChallenge): string =>
  c.par === undefined ? '' : `Par: ${steps(c.par)}`;

/** "Solved in 18 steps — the shortest possible is 16." */
export function solvedText(c: LabChallenge, n: number): string {
  if (c.par === undefined) return `Solved in ${steps(n)}.`;
  if (n <= c.par) return `Solved in ${steps(n)} — the shortest possible.`;
  return `Solved in ${steps(n)} — the shortest possible is ${c.par}.`;
}

/** The goal met past the step limit: said, not recorded, with an invitation to go shorter. */
export function overLimitText(c: LabChallenge, n: number, limit: number): string {
  const par = c.par === undefined ? '' : ` (the shortest possible is ${c.par})`;
  return (
    `Goal reached in ${steps(n)}, but this challenge allows at most ${limit}, so it does not ` +
    `count yet. Undo and try a shorter schedule${par}.`
  );
}

/** After a recorded solve: how it compares with the learner's earlier best, or ''. */
export function bestNote(before: number | undefined, now: number): string {
  if (before === undefined) return '';
  if (now < before) return `A new best: ${steps(now)} (was ${before}).`;
  return `Your best is ${steps(Math.min(before, now))}.`;
}

/** The impossible challenge's proof, with the checker's own number of states. */
export const proofText = (states: number): string =>
  `0 of ${states.toLocaleString('en')} reachable states break an invariant — no schedule can.`;

/** The variants to switch back to, for a run under others. */
export const elsewhereText = (c: LabChallenge): string =>
  `This challenge runs under ${c.balloon} and ${c.core}.`;
