/**
 * The model's two hints about the current step (how far the goal is, or how far to undo; then
 * which CPUs' moves keep it in reach). They follow the run: each step asks again, off the main
 * thread (hintRequest.ts). Part of the judged chunk (judged.ts): loaded when first asked for.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Hint, Scenario } from '../../../model';
import type { LabContext, LabEvent } from '../../../machines/lab';
import { distanceHint, movesHint, type HintLine } from './hintText';
import { askHint } from './hintRequest';
import { atStep } from './HintPanel';
import type { LabChallenge } from './types';

interface Props {
  challenge: LabChallenge;
  scenario: Scenario;
  ctx: LabContext;
  /** How many of the model's hints are revealed: 1 or 2. */
  shown: number;
  act: (event: LabEvent) => void;
}

type Answer = { step: number; hint: Hint } | { step: number; error: string };

/** The model's hint for the run at its cursor, asked again whenever the run or variants change. */
function useModelHint(c: LabChallenge, scenario: Scenario, ctx: LabContext) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const applied = ctx.schedule.slice(0, ctx.cursor);
  const elsewhere = ctx.balloon !== c.balloon || ctx.core !== c.core;
  useEffect(() => {
    if (elsewhere) return;
    let current = true;
    const step = ctx.cursor;
    askHint({
      scenario,
      variants: { balloon: c.balloon, core: c.core },
      schedule: applied,
      goal: c.goal,
    })
      .then((hint) => current && setAnswer({ step, hint }))
      .catch((e: unknown) => current && setAnswer({ step, error: String(e) }));
    return () => void (current = false);
  }, [elsewhere, applied.join()]);
  if (elsewhere) return { text: 'The model’s hints need the challenge’s own variants.' };
  if (!answer || answer.step !== ctx.cursor) return { text: 'Asking the model…' };
  return answer;
}

export function ModelHint({ challenge: c, scenario, ctx, shown, act }: Props) {
  const answer = useModelHint(c, scenario, ctx);
  let lines: HintLine[];
  if ('hint' in answer) {
    const impossible = c.goal.kind === 'impossible';
    lines = [distanceHint(answer.hint, impossible), movesHint(answer.hint)].slice(0, shown);
  } else
    lines = ['error' in answer ? { text: `The model could not answer: ${answer.error}` } : answer];
  return (
    <li class="lab-hint-model">
      <span class="lab-hint-from">{atStep(ctx.cursor)}, the model says:</span>{' '}
      {lines.map((l, i) => (
        <span key={i}>
          {l.text}{' '}
          {l.undoTo !== undefined && (
            <button
              type="button"
              class="bl-button lab-hint-undo"
              onClick={() => act({ type: 'history.jump', index: l.undoTo! })}
            >
              Undo to {l.undoTo === 0 ? 'the start' : `step ${l.undoTo}`}
            </button>
          )}{' '}
        </span>
      ))}
    </li>
  );
}
