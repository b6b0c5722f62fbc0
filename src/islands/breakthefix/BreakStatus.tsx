/**
 * The live region: the verdict for the current toggles and which named variant they equal, so
 * each change is announced in one sentence or two.
 */
import { dataVerdict, formatMs, verdictSentence, verdictWord } from '../checker/format';
import type { Evaluation } from './live';
import { namedLine } from './toggles';

export function BreakStatus({ shown, elapsedMs }: { shown: Evaluation; elapsedMs: number | null }) {
  const { view } = shown;
  return (
    <div
      role="status"
      class="bl-verdict checker-verdict"
      data-verdict={dataVerdict(view)}
      data-named={shown.named ?? 'none'}
      data-explore-ms={elapsedMs === null ? undefined : view.elapsedMs.toFixed(2)}
    >
      <p>
        <strong>
          <span aria-hidden="true">{view.verdict === 'safe' ? '✓' : '✗'}</span> {verdictWord(view)}:
        </strong>{' '}
        {verdictSentence(view)}
      </p>
      <p class="checker-meta">
        {namedLine(shown.named)}
        {elapsedMs === null
          ? ' Computed when this page was built.'
          : ` Checked in your browser in ${formatMs(elapsedMs)}.`}
      </p>
    </div>
  );
}
