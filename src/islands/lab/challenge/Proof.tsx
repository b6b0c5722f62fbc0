/**
 * The impossible challenge's answer: after a few finished runs the lab offers the proof, and on
 * request (or then) it states it with the checker's own count of reachable states and a link to
 * the checker that explores them.
 */
import { NextLink } from './Banner';
import { PROOF_AFTER_RUNS } from './useChallenge';
import { proofText } from './judge';
import type { LabChallenge } from './types';

interface Props {
  challenge: LabChallenge;
  shown: boolean;
  finished: number;
  onShow: () => void;
}

export function Proof({ challenge: c, shown, finished, onShow }: Props) {
  if (!shown && finished < PROOF_AFTER_RUNS) return null;
  if (!shown) {
    return (
      <div class="lab-banner" data-standing="offer">
        <p>
          {finished} runs finished and none broke an invariant. Is that luck, or can no schedule do
          it?
        </p>
        <button type="button" class="bl-button bl-primary" onClick={onShow}>
          See the proof
        </button>
      </div>
    );
  }
  return (
    <div class="lab-banner lab-proof" data-standing="proof">
      <p class="lab-victory-title">
        <b aria-hidden="true">∎</b> {proofText(c.proofStates ?? 0)}
      </p>
      <p>
        The checker explored every interleaving of this scenario under {c.balloon} and {c.core}.{' '}
        {c.checker && <a href={c.checker.href}>{c.checker.title}</a>}
      </p>
      {c.next && (
        <p>
          <NextLink challenge={c} />
        </p>
      )}
    </div>
  );
}
