/**
 * The hints a learner asked for, in levels: first the author's text hints, then the model's two
 * hints about the current step (ModelHint, in the judged chunk: fetched when first asked for;
 * until it is here the list says the model is being asked).
 */
import type { ComponentChildren } from 'preact';
import type { LabChallenge } from './types';

interface Props {
  id: string;
  challenge: LabChallenge;
  /** How many hints are revealed: the text hints first, then two from the model. */
  level: number;
  /** The run's step, which the model's hints are about. */
  cursor: number;
  /** The model's hints, once level passes the text hints (and their code is here). */
  model?: ComponentChildren;
}

/** "At step 3" (or "At the start"): where the run is that the model's hint is about. */
export const atStep = (n: number) => (n === 0 ? 'At the start' : `At step ${n}`);

export function HintPanel({ id, challenge: c, level, cursor, model }: Props) {
  const texts = c.hints.slice(0, level);
  const asked = level > c.hints.length;
  return (
    <div id={id} class="lab-hints" hidden={level === 0}>
      <ol class="lab-hint-list" aria-live="polite">
        {texts.map((t, i) => (
          <li key={`t${i}`}>{t}</li>
        ))}
        {asked &&
          (model ?? (
            <li class="lab-hint-model">
              <span class="lab-hint-from">{atStep(cursor)}, the model says:</span> Asking the model…
            </li>
          ))}
      </ol>
    </div>
  );
}
