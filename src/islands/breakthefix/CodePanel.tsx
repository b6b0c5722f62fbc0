/**
 * The simplified balloon callbacks under the current toggles. A line that differs from the
 * patched code carries a visible ≠ and the words "differs from the patch" for screen readers.
 */
import { CodeText, type CodeMap } from '../checker/CodeText';
import type { CodeBlock } from './code';
import { CopyButton } from '../lib/CopyButton';

export function CodePanel({ blocks, code }: { blocks: CodeBlock[]; code: CodeMap }) {
  return (
    <div class="btf-code">
      {blocks.map((b) => (
        <figure key={b.fn}>
          <figcaption>
            <code>{b.fn}()</code> in <code>{b.file}</code> (simplified)
            <CopyButton
              text={() => b.lines.map((l) => l.code).join('\n')}
              name={`Copy the code of ${b.fn}()`}
            />
          </figcaption>
          <pre class="bl-code" tabIndex={0} role="group" aria-label={`${b.fn}(), simplified`}>
            {b.lines.map((l) => (
              <span key={l.lineId} class={l.changed ? 'btf-line btf-changed' : 'btf-line'}>
                <span class="btf-mark" aria-hidden="true">
                  {l.changed ? '≠' : ' '}
                </span>
                {l.changed && <span class="sr-only">differs from the patch: </span>}
                <CodeText line={l.code} code={code} />
              </span>
            ))}
          </pre>
        </figure>
      ))}
    </div>
  );
}
