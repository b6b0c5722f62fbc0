/**
 * <Predict> island: the learner predicts what happens next in a paused run, checks, and sees the
 * model's answer and its reason. Every answer was computed at build time; nothing is decided here
 * but whether the choice matches. The first prediction is graded and recorded in progress; the
 * choice then locks, and "Try again" starts a retry that is labelled as one and never recorded.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadProgress, recordPrediction } from '../progress/store';
import { verdictWords } from '../quiz/check';
import { Mark } from '../quiz/Mark';
import { isRightPrediction, toggleChoice } from './check';
import { Answer, PredictStatic } from './PredictStatic';
import type { PredictQuestion } from './types';

interface Props {
  /** The prediction's id in the learner's progress. */
  id: string;
  question: PredictQuestion;
  /** Unique on the page: names the input group. */
  uid: string;
  /** The lab's share link at this paused step, when some page has a lab of the scenario. */
  continueAt?: { href: string; step: number };
}

export default function Predict(props: Props) {
  // Server and first client render are the static version, so hydration matches; then it turns live.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return live ? <PredictForm {...props} /> : <PredictStatic question={props.question} />;
}

/** Whether a first prediction for `id` is already recorded (on an earlier visit). */
const alreadyRecorded = (id: string) => loadProgress().value.predictions?.[id] !== undefined;

function PredictForm({ id, question, uid, continueAt }: Props) {
  const name = `predict-${uid}`;
  const [chosen, setChosen] = useState<string[]>([]);
  const [checked, setChecked] = useState<boolean | null>(null);
  const [recorded, setRecorded] = useState(() => alreadyRecorded(id));
  const [retry, setRetry] = useState(recorded);
  const [notice, setNotice] = useState('');
  const check = (event: Event) => {
    event.preventDefault();
    if (checked !== null) return;
    if (chosen.length === 0) return setNotice('Choose an answer first.');
    const right = isRightPrediction(question, chosen);
    setChecked(right);
    setNotice(recorded ? '' : (recordPrediction(id, right) ?? ''));
    setRecorded(true);
  };
  const tryAgain = () => {
    setChecked(null);
    setChosen([]);
    setRetry(true);
  };
  return (
    <form class="choice-form" onSubmit={check}>
      <fieldset disabled={checked !== null}>
        <legend>{question.prompt}</legend>
        {question.options.map((o) => (
          <div class="choice-option" key={o.value}>
            <input
              type={question.multiple ? 'checkbox' : 'radio'}
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              checked={chosen.includes(o.value)}
              onChange={() => setChosen(toggleChoice(chosen, o.value, question.multiple))}
            />
            <label for={`${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
      <div class="choice-actions">
        {checked === null ? (
          <button type="submit" class="bl-button bl-primary">
            {retry ? 'Check again (retry)' : 'Check answer'}
          </button>
        ) : (
          <button type="button" class="bl-button" onClick={tryAgain}>
            Try again
          </button>
        )}
      </div>
      <div
        class="choice-result"
        role="status"
        data-result={checked === null ? undefined : checked ? 'right' : 'wrong'}
      >
        {checked !== null && (
          <Answer question={question} lead={<Mark right={checked} words={verdictWords(retry)} />} />
        )}
        {checked !== null && retry && (
          <p class="choice-recorded">Your first prediction is the one recorded.</p>
        )}
        {checked !== null && continueAt && (
          <p class="predict-continue">
            <a href={continueAt.href}>Continue this paused run in the lab</a>: it opens{' '}
            {continueAt.step ? `after step ${continueAt.step}` : 'at the start'} with the same code,
            and you choose who runs next.
          </p>
        )}
        {notice && <p class="bl-notice">{notice}</p>}
      </div>
    </form>
  );
}
