/**
 * Rule i, reported but not judged: the steps that change page->private without holding
 * balloon_pages_lock. Harmless in a sequentially consistent run, but the patch's rule forbids
 * them, so the learner sees where the code breaks the rule even when the verdict is safe.
 */
import { CodeText, type CodeMap } from './CodeText';
import type { RuleIView } from './types';

export function RuleI({ items, code }: { items: RuleIView[]; code: CodeMap }) {
  if (items.length === 0) return null;
  return (
    <div class="bl-panel checker-rule-i">
      <p>
        <strong>Rule i</strong> (reported, not part of the verdict): after the patch,
        page-&gt;private may change only under balloon_pages_lock. This code breaks the rule at:
      </p>
      <ul>
        {items.map((r, i) => (
          <li key={i}>
            CPU {r.cpu}: <CodeText line={r.code} code={code} /> in {r.fn}()
          </li>
        ))}
      </ul>
    </div>
  );
}
