/** The prediction without JavaScript: the question, its options, and the answer in a <details>. */
import type { ComponentChildren } from 'preact';
import '../quiz/choice.css';
import { rightLabels } from './check';
import type { PredictQuestion } from './types';

export function PredictStatic({ question }: { question: PredictQuestion }) {
  return (
    <div class="choice-static">
      <p class="choice-question">
        <strong>{question.prompt}</strong>
      </p>
      <ul>
        {question.options.map((o) => (
          <li>{o.label}</li>
        ))}
      </ul>
      <details>
        <summary>Show the answer</summary>
        <Answer question={question} />
      </details>
    </div>
  );
}

/** The right answer, the reason, and the model's evidence; `lead` goes first (the verdict). */
export function Answer({
  question,
  lead,
}: {
  question: PredictQuestion;
  lead?: ComponentChildren;
}) {
  return (
    <div class="predict-answer">
      <p>
        {lead}The answer: <strong>{rightLabels(question).join(', ')}</strong>. {question.reason}
      </p>
      <ul class="choice-details">
        {question.details.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </div>
  );
}
