/**
 * The hints a learner asked for, in levels: first the author's text hints, then the model's two
 * hints about the current step (how far the goal is, or how far to undo; then which CPUs' moves
 * keep it in reach). The model's hints follow the run: each step asks again (off the main thread).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Hint, Scenario } from '../../../model';
import type { LabContext, LabEvent } from '../../../machines/lab';
import { distanceHint, movesHint, type HintLine } from './hintText';
import { askHint } from './hintRequest';
import type { LabChallenge } from './types';

interface Props {
  id: string;
  challenge: LabChallenge;
  scenario: Scenario;
  ctx: LabContext;
  /** How many hints are revealed: the text hints first, then two from the model. */
  level: number;
  act: (event: LabEvent) => void;
}

type Answer = { step: number; hint: Hint } | { step: number; error: string };

/** The model's hint for the run at its cursor, asked again whenever the run or variants change. */
function useModelHint(c: LabChallenge, scenario: Scenario, ctx: LabContext, wanted: boolean) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const applied = ctx.schedule.slice(0, ctx.cursor);
  const elsewhere = ctx.balloon !== c.balloon || ctx.core !== c.core;
  useEffect(() => {
    if (!wanted || elsewhere) return;
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
  }, [wanted, elsewhere, applied.join()]);
  if (!wanted) return null;
  if (elsewhere) return { text: 'The model’s hints need the challenge’s own variants.' };
  if (!answer || answer.step !== ctx.cursor) return { text: 'Asking the model…' };
  return answer;
}

const atStep = (n: number) => (n === 0 ? 'At the start' : `At step ${n}`);

export function HintPanel({ id, challenge: c, scenario, ctx, level, act }: Props) {
  const texts = c.hints.slice(0, level);
  const model = level - c.hints.length;
  const answer = useModelHint(c, scenario, ctx, model > 0);
  let lines: HintLine[] = [];
  if (answer && 'hint' in answer) {
    const impossible = c.goal.kind === 'impossible';
    lines = [distanceHint(answer.hint, impossible), movesHint(answer.hint)].slice(0, model);
  } else if (answer)
    lines = ['error' in answer ? { text: `The model could not answer: ${answer.error}` } : answer];
  return (
    <div id={id} class="lab-hints" hidden={level === 0}>
      <ol class="lab-hint-list" aria-live="polite">
        {texts.map((t, i) => (
          <li key={`t${i}`}>{t}</li>
        ))}
        {answer && (
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
        )}
      </ol>
    </div>
  );
}
