/**
 * <Predict> island: the learner predicts what happens next in a paused run, checks, and sees the
 * model's answer and its reason. Every answer was computed at build time; nothing is decided here
 * but whether the choice matches.
 */
import { useEffect, useState } from 'preact/hooks';
import { Mark } from '../quiz/Mark';
import { isRightPrediction, toggleChoice } from './check';
import { Answer, PredictStatic } from './PredictStatic';
import type { PredictQuestion } from './types';

interface Props {
  question: PredictQuestion;
  /** Unique on the page: names the input group. */
  uid: string;
}

export default function Predict({ question, uid }: Props) {
  // Server and first client render are the static version, so hydration matches; then it turns live.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return live ? (
    <PredictForm question={question} uid={uid} />
  ) : (
    <PredictStatic question={question} />
  );
}

function PredictForm({ question, uid }: Props) {
  const name = `predict-${uid}`;
  const [chosen, setChosen] = useState<string[]>([]);
  const [checked, setChecked] = useState<boolean | null>(null);
  const [notice, setNotice] = useState('');
  const check = (event: Event) => {
    event.preventDefault();
    if (chosen.length === 0) return setNotice('Choose an answer first.');
    setNotice('');
    setChecked(isRightPrediction(question, chosen));
  };
  const choose = (value: string) => {
    setChosen(toggleChoice(chosen, value, question.multiple));
    setChecked(null);
  };
  return (
    <form class="choice-form" onSubmit={check}>
      <fieldset>
        <legend>{question.prompt}</legend>
        {question.options.map((o) => (
          <div class="choice-option" key={o.value}>
            <input
              type={question.multiple ? 'checkbox' : 'radio'}
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              checked={chosen.includes(o.value)}
              onChange={() => choose(o.value)}
            />
            <label for={`${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
      <div class="choice-actions">
        <button type="submit" class="bl-button bl-primary">
          Check answer
        </button>
      </div>
      <div
        class="choice-result"
        role="status"
        data-result={checked === null ? undefined : checked ? 'right' : 'wrong'}
      >
        {checked !== null && <Answer question={question} lead={<Mark right={checked} />} />}
        {notice && <p class="bl-notice">{notice}</p>}
      </div>
    </form>
  );
}
