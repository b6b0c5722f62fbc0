/**
 * The challenge's memory across steps: the solve recorded in progress when a step meets the goal
 * within the limit (not when a shared link opens a run that already meets it), the learner's best
 * count, and how many runs finished (the impossible challenge offers its proof after a few).
 * The "✓ solved" mark is read at once through the read-only progressRead.ts; the code that writes
 * progress (store.ts and storage.ts) loads only when there is a solve to record.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { outcome, type KernelState } from '../../../model';
import { readProgress } from '../../lib/progressRead';
import { later } from '../later';
import { bestNote, type Standing } from './judge';
import type { LabChallenge } from './types';

const store = later(() => import('../../progress/store'));

/** Finished runs after which the impossible challenge offers its proof unasked. */
export const PROOF_AFTER_RUNS = 3;

export interface ChallengeMemory {
  /** The learner's fewest steps so far (from earlier visits too), if any. */
  best?: number;
  /** Solved before (this visit or an earlier one). */
  solved: boolean;
  /** Said after the latest solve: a new best, and any storage notice. */
  note: string;
  /** Runs that ended (no CPU could step) since the lab opened. */
  finished: number;
  /** Records the impossible challenge as understood (its proof shown). */
  recordProof: () => void;
}

export function useChallenge(
  c: LabChallenge,
  cursor: number,
  state: KernelState,
  now: Standing,
): ChallengeMemory {
  // The lab renders only in the browser (LabIsland), so the first render may read storage.
  const [earlier] = useState(() => {
    const { challenges } = readProgress();
    return Object.hasOwn(challenges, c.key) ? challenges[c.key] : undefined;
  });
  const [best, setBest] = useState(earlier?.bestSteps);
  const [solved, setSolved] = useState(earlier !== undefined);
  const [note, setNote] = useState('');
  const [finished, setFinished] = useState(0);
  const last = useRef({ cursor, met: now.kind === 'solved' });
  const show = (after: { bestSteps?: number } | undefined) => {
    setSolved(after !== undefined);
    setBest(after?.bestSteps);
  };

  useEffect(() => {
    const before = last.current;
    last.current = { cursor, met: now.kind === 'solved' };
    // Only a step forward counts: a share link or a jump back does not make a solve.
    if (cursor !== before.cursor + 1) return;
    if (outcome(state)) setFinished((n) => n + 1);
    if (now.kind !== 'solved' || before.met) return;
    const steps = now.steps;
    store.with((m) => {
      const r = m.recordSolve(c.key, steps);
      show(r.after);
      setNote([bestNote(r.before?.bestSteps, steps), r.notice ?? ''].filter(Boolean).join(' '));
    });
  }, [cursor, now.kind]);

  const recordProof = () =>
    store.with((m) => {
      const r = m.recordSolve(c.key, undefined);
      show(r.after);
      setNote(r.notice ?? '');
    });
  return { best, solved, note, finished, recordProof };
}
