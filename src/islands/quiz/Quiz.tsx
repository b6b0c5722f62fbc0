/**
 * <Quiz> island: a radio group, "Check answer", the chosen option's explanation (all of them after
 * a right answer or on request), the verdict in words and an icon, announced politely. The first
 * answer goes to the learner's progress and is shown again on a later visit; later checks are
 * retries, labelled as such, and change nothing recorded.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadProgress, recordQuiz } from '../progress/store';
import {
  checkQuiz,
  feedback,
  initialQuiz,
  recordedQuiz,
  verdictWords,
  visibleExplanations,
  type QuizState,
} from './check';
import { Mark } from './Mark';
import { QuizStatic } from './QuizStatic';
import type { QuizOption } from './types';

interface Props {
  id: string;
  question: string;
  options: QuizOption[];
}

export default function Quiz(props: Props) {
  // Server and first client render are the static quiz, so hydration matches; then it turns live.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return live ? <QuizForm {...props} /> : <QuizStatic {...props} />;
}

/** The learner's recorded first answer to this quiz, if a valid one is stored. */
function recordedChoice(id: string, options: readonly QuizOption[]): number | undefined {
  const choice = loadProgress().value.quizChoices?.[id];
  return choice !== undefined && choice < options.length ? choice : undefined;
}

function QuizForm({ id, question, options }: Props) {
  const [restored] = useState(() => recordedChoice(id, options));
  const [state, setState] = useState<QuizState>(() =>
    restored === undefined ? initialQuiz() : recordedQuiz(restored),
  );
  const [notice, setNotice] = useState('');
  const visible = visibleExplanations(options, state);
  const check = (event: Event) => {
    event.preventDefault();
    if (state.selected < 0) return setNotice('Choose an answer first.');
    const next = checkQuiz(state);
    setState(next);
    const right = options[state.selected].correct;
    setNotice(next.retry ? '' : (recordQuiz(id, right, state.selected) ?? ''));
  };
  return (
    <form class="choice-form" onSubmit={check}>
      {restored !== undefined && (
        <p class="choice-recorded">
          Your recorded answer, from an earlier visit: <strong>{options[restored].text}</strong> You
          can try again; a retry is not recorded.
        </p>
      )}
      <fieldset>
        <legend>{question}</legend>
        {options.map((o, i) => (
          <Option
            key={i}
            name={`quiz-${id}`}
            option={o}
            index={i}
            selected={state.selected === i}
            explained={visible[i]}
            onSelect={() => setState({ ...state, selected: i })}
          />
        ))}
      </fieldset>
      <div class="choice-actions">
        <button type="submit" class="bl-button bl-primary">
          {state.first < 0 ? 'Check answer' : 'Check again (retry)'}
        </button>
        <button
          type="button"
          class="bl-button"
          aria-pressed={state.showAll}
          onClick={() => setState({ ...state, showAll: !state.showAll })}
        >
          Show all explanations
        </button>
      </div>
      <Result options={options} state={state} notice={notice} />
    </form>
  );
}

interface OptionProps {
  name: string;
  option: QuizOption;
  index: number;
  selected: boolean;
  explained: boolean;
  onSelect: () => void;
}

function Option({ name, option, index, selected, explained, onSelect }: OptionProps) {
  const id = `${name}-${index}`;
  return (
    <div class="choice-option">
      <input type="radio" id={id} name={name} checked={selected} onChange={onSelect} />
      <label for={id}>{option.text}</label>
      {explained && (
        <p class="choice-explain">
          <Mark right={option.correct} words={['Right', 'Wrong']} />
          {option.explain}
        </p>
      )}
    </div>
  );
}

/** The live region: the verdict with its explanation, or a notice. Always in the DOM. */
function Result({
  options,
  state,
  notice,
}: {
  options: QuizOption[];
  state: QuizState;
  notice: string;
}) {
  const said = feedback(options, state);
  return (
    <div
      class="choice-result"
      role="status"
      data-result={said ? (said.right ? 'right' : 'wrong') : undefined}
    >
      {said && (
        <p>
          <Mark right={said.right} words={verdictWords(state.retry)} />
          {said.text}
        </p>
      )}
      {notice && <p class="bl-notice">{notice}</p>}
    </div>
  );
}
