/**
 * Right or wrong said in words with an icon beside it, never by colour alone. Shared by the quiz
 * and the prediction widgets.
 */
import './choice.css';

export function Mark({ right, words }: { right: boolean; words?: [string, string] }) {
  const [yes, no] = words ?? ['Correct', 'Incorrect'];
  return (
    <span class="choice-mark" data-right={right ? 'true' : 'false'}>
      <span class="choice-icon" aria-hidden="true">
        {right ? '✓' : '✗'}
      </span>{' '}
      <strong>{right ? yes : no}.</strong>{' '}
    </span>
  );
}
