/**
 * The checker's live region: the verdict sentence, and whether it was computed at build time or
 * just now (with the measured time). Kept short so screen readers announce only the verdict.
 */
import { dataVerdict, formatMs, verdictSentence, verdictWord } from './format';
import type { CheckRun } from './runCheck';
import type { CheckSummary } from './types';

interface Props {
  view: CheckSummary;
  run: Omit<CheckRun, 'view'> | null;
  busy: boolean;
}

export function VerdictStatus({ view, run, busy }: Props) {
  return (
    <div
      role="status"
      class="bl-verdict checker-verdict"
      data-verdict={dataVerdict(view)}
      data-source={run ? 'live' : 'build'}
      data-explore-ms={run ? view.elapsedMs.toFixed(2) : undefined}
      aria-busy={busy}
    >
      <p>
        <strong>
          <span aria-hidden="true">{view.verdict === 'safe' ? '✓' : '✗'}</span> {verdictWord(view)}:
        </strong>{' '}
        {verdictSentence(view)}
      </p>
      <p class="checker-meta">{busy ? 'Checking every interleaving…' : provenance(view, run)}</p>
    </div>
  );
}

function provenance(view: CheckSummary, run: Props['run']): string {
  if (!run)
    return 'Computed when this page was built; press the button to run the check again in your browser.';
  const where = run.where === 'worker' ? 'in a background worker' : 'on this page';
  return `Checked just now in your browser: explore() took ${formatMs(view.elapsedMs)} ${where} (${formatMs(run.roundTripMs)} including loading the checker).`;
}
