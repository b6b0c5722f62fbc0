/**
 * While a check runs: how many states the worker has explored and how fast, and a Cancel
 * button. The numbers change many times a second, so they sit outside the live region (which
 * announces only "Checking every interleaving…" and then the verdict).
 */
import type { ExploreProgress } from '../../model';
import type { CheckFailure } from './runCheck';

interface Props {
  progress: ExploreProgress | null;
  onCancel: () => void;
}

export function CheckProgress({ progress, onCancel }: Props) {
  return (
    <p class="checker-progress">
      <span data-states={progress?.states ?? 0}>
        {progress
          ? `${progress.states.toLocaleString('en')} states explored (${progress.statesPerSecond.toLocaleString('en')} per second)`
          : 'Starting the checker…'}
      </span>{' '}
      <button type="button" class="bl-button" onClick={onCancel}>
        Cancel
      </button>
    </p>
  );
}

/** What the notice says after a check that did not finish. */
export function failureNotice(failure: CheckFailure, live: boolean): string {
  const shown = live
    ? 'the verdict above is from the last check'
    : 'the verdict above is from the build';
  if (failure.kind === 'cancelled') return `Check cancelled; ${shown}.`;
  return `The check could not finish here (${failure.message}); ${shown}.`;
}
