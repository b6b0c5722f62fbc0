/**
 * What the goal bar says about the run: the victory banner with the step count against par and
 * the next challenge, the goal met past the step limit (with a fresh start offered), or the run
 * being under other variants than the challenge's. Nothing while the run is still going.
 */
import type { LabEvent } from '../../../machines/lab';
import { elsewhereText, overLimitText, solvedText, type Standing } from './judge';
import type { LabChallenge } from './types';

interface Props {
  challenge: LabChallenge;
  now: Standing;
  /** After a recorded solve: a new best, a storage notice. */
  note: string;
  act: (event: LabEvent) => void;
}

export function Banner({ challenge: c, now, note, act }: Props) {
  if (now.kind === 'playing') return null;
  if (now.kind === 'elsewhere') {
    return (
      <div class="lab-banner" data-standing="elsewhere">
        <p>{elsewhereText(c)}</p>
        <button
          type="button"
          class="bl-button"
          onClick={() => act({ type: 'variant.set', balloon: c.balloon, core: c.core })}
        >
          Switch back
        </button>
      </div>
    );
  }
  if (now.kind === 'over-limit') {
    return (
      <div class="lab-banner" data-standing="over-limit">
        <p>
          <b aria-hidden="true">▲</b> {overLimitText(c, now.steps, now.limit)}
        </p>
        <button type="button" class="bl-button" onClick={() => act({ type: 'reset' })}>
          Start a shorter try
        </button>
      </div>
    );
  }
  // One run of text that takes the rule's place on the goal's line: the solve, a note, the next.
  return (
    <div class="lab-banner lab-victory" data-standing="solved">
      <span class="lab-victory-title">
        <b aria-hidden="true">★</b> {solvedText(c, now.steps)}
      </span>
      {note && <span> {note}</span>} <NextLink challenge={c} />
    </div>
  );
}

/** "Next challenge →" (named in full for assistive technology), or the way to the progress page. */
export function NextLink({ challenge: c }: { challenge: LabChallenge }) {
  if (!c.next) {
    return (
      <span>
        That was the last challenge. <a href="/progress/">See all your challenges</a>
      </span>
    );
  }
  return (
    <a
      class="lab-next"
      href={c.next.href}
      title={c.next.title}
      aria-label={`Next challenge: ${c.next.title}`}
    >
      Next challenge <span aria-hidden="true">→</span>
    </a>
  );
}
