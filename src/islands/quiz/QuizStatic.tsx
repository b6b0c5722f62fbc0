/**
 * The quiz without JavaScript: the question, the options as a list, and the answers with every
 * explanation inside a native <details>. The island renders this on the server and until it runs.
 */
import type { QuizOption } from './types';

export function QuizStatic({ question, options }: { question: string; options: QuizOption[] }) {
  return (
    <div class="choice-static">
      <p class="choice-question">
        <strong>{question}</strong>
      </p>
      <ol type="A">
        {options.map((o) => (
          <li>{o.text}</li>
        ))}
      </ol>
      <details>
        <summary>Show the answer</summary>
        <ol type="A">
          {options.map((o) => (
            <li>
              <strong>{o.correct ? '✓ Right' : '✗ Wrong'}:</strong> {o.explain}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
