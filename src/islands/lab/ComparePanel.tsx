/**
 * "Compare lock designs": the current schedule under page-lock, no-page-lock and patched at once,
 * each as a compact verdict and a few facts. Not a live region: the main verdict speaks for the
 * lab, and the narrator says when the comparison is shown.
 */
import type { CompareSummary } from './compare';
import { InlineCode } from './stage/InlineCode';

const ICON = { ok: '✓', violation: '✗', finished: '■' } as const;

export function ComparePanel({
  uid,
  summaries,
  steps,
}: {
  uid: string;
  summaries: CompareSummary[];
  steps: number;
}) {
  const id = `${uid}-compare`;
  return (
    <section class="lab-compare bl-panel" aria-labelledby={`${id} ${uid}-title`}>
      <h4 id={id}>The same {steps === 1 ? 'step' : `${steps} steps`} under three lock designs</h4>
      <ul class="lab-compare-list">
        {summaries.map((s) => (
          <li key={s.balloon} class="lab-compare-item" data-balloon={s.balloon}>
            <p class="lab-compare-title">
              {s.label} <code>{s.balloon}</code>
            </p>
            <p class="lab-compare-verdict" data-compare-verdict={s.verdict.kind}>
              <b aria-hidden="true">{ICON[s.verdict.kind]}</b> {s.verdict.label}:{' '}
              <InlineCode text={s.verdict.sentences[0]} />
            </p>
            <p>
              Ran {s.ran} of {steps} steps
              {s.stopped ? (
                <>
                  ; <InlineCode text={s.stopped} />
                </>
              ) : (
                ''
              )}
              .
            </p>
            <p class="lab-compare-facts">{s.facts.join(' · ')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
