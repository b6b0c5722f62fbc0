/**
 * A counterexample as a table: which CPU ran which line, and what happened. A lesson prints a
 * hundred rows or more, so a row's parts are told apart by element (checker.css), not by class.
 */
import { CodeText, Prose, type CodeMap } from './CodeText';
import { INVARIANT_NAMES, joinAnd } from './format';
import type { StepView } from './types';

interface Props {
  steps: StepView[];
  code: CodeMap;
  caption: string;
}

export function StepTable({ steps, code, caption }: Props) {
  return (
    // Focusable so a keyboard user can scroll a table wider than the page (WCAG 2.1.1).
    <div class="checker-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table class="bl-table checker-steps">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">CPU</th>
            <th scope="col">Line (simplified) and what happens</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={i} class={s.breaks.length ? 'checker-breaks' : undefined}>
              <td>{i + 1}</td>
              <th scope="row">CPU {s.cpu}</th>
              <td>
                <CodeText line={s.code} code={code} /> <small>in {s.fn}()</small>
                <span>
                  <Prose text={s.narration} />
                  {s.breaks.length > 0 && (
                    <strong>
                      {' '}
                      <span aria-hidden="true">✗</span> Breaks:{' '}
                      {joinAnd(s.breaks.map((b) => INVARIANT_NAMES[b]))}
                    </strong>
                  )}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
