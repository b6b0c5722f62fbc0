/**
 * A lab's challenge, above the lanes: the goal and what counts as meeting it, the par and the
 * learner's best, a Hint button that reveals hints in levels, and a live region that announces
 * the victory banner (or why the run does not count). The impossible challenge offers its proof
 * instead of a victory. The goal renders at once; the banner, the proof and the model's hints are
 * one chunk (judged.ts) fetched when the run is first judged, the proof is due or the model is
 * asked. Until it is here the goal's rule stays on its line.
 */
import { useState } from 'preact/hooks';
import type { KernelState, Scenario } from '../../../model';
import type { LabContext, LabEvent } from '../../../machines/lab';
import { later, useLater } from '../later';
import { HintPanel } from './HintPanel';
import { goalRule, parLabel, standing } from './judge';
import type { LabChallenge } from './types';
import { PROOF_AFTER_RUNS, useChallenge } from './useChallenge';
import './challenge.css';

const judged = later(() => import('./judged'));

interface Props {
  challenge: LabChallenge;
  scenario: Scenario;
  ctx: LabContext;
  state: KernelState;
  act: (event: LabEvent) => void;
}

export function ChallengeBar({ challenge: c, scenario, ctx, state, act }: Props) {
  const now = standing(c, ctx, state);
  const memory = useChallenge(c, ctx.cursor, state, now);
  const [level, setLevel] = useState(0);
  const [proofAsked, setProofAsked] = useState(false);
  const levels = c.hints.length + 2;
  const impossible = c.goal.kind === 'impossible';
  const best = memory.best === undefined ? '' : `Your best: ${memory.best} steps.`;
  const proofDue = impossible && (proofAsked || memory.finished >= PROOF_AFTER_RUNS);
  const parts = useLater(judged, now.kind !== 'playing' || proofDue || level > c.hints.length);
  const showProof = () => (setProofAsked(true), memory.recordProof());
  return (
    <div class="lab-challenge" id={c.anchor} role="group" aria-labelledby={`${c.anchor}-title`}>
      <div class="lab-goal">
        {/* First in the DOM so that it floats at the first line's end (challenge.css). */}
        <div class="lab-goal-actions">
          <button
            type="button"
            class="bl-button"
            aria-expanded={level > 0}
            aria-controls={`${c.anchor}-hints`}
            disabled={level >= levels}
            onClick={() => setLevel(level + 1)}
          >
            {level === 0 ? 'Hint' : level >= levels ? 'No more hints' : 'Another hint'}
          </button>
          {impossible && (
            <button type="button" class="bl-button" aria-pressed={proofAsked} onClick={showProof}>
              Show the proof
            </button>
          )}
        </div>
        <div class="lab-goal-text">
          <h4 class="lab-goal-title" id={`${c.anchor}-title`}>
            <span class="lab-goal-label">Challenge:</span> {c.title}
            {/* While the run is the victory, its banner says so; the mark is for every other time. */}
            {memory.solved && now.kind !== 'solved' && (
              <span class="lab-goal-solved">
                {' '}
                <span aria-hidden="true">✓</span> solved
              </span>
            )}
          </h4>
          {/* The banner takes the rule's line once the run is judged, so the lanes, the drawing
              and the cause stay in the same view (docs/architecture.md, the stage). */}
          <div role="status" class="lab-challenge-status">
            {parts && <parts.Banner challenge={c} now={now} note={memory.note} act={act} />}
            {parts && impossible && (
              <parts.Proof
                challenge={c}
                shown={proofAsked}
                finished={memory.finished}
                onShow={showProof}
              />
            )}
          </div>
          {(now.kind === 'playing' || !parts) && (
            <p class="lab-goal-rule">
              {goalRule(c)} {parLabel(c) && <span class="lab-goal-par">{parLabel(c)}.</span>} {best}
            </p>
          )}
        </div>
      </div>
      <HintPanel
        id={`${c.anchor}-hints`}
        challenge={c}
        level={level}
        cursor={ctx.cursor}
        model={
          parts && (
            <parts.ModelHint
              challenge={c}
              scenario={scenario}
              ctx={ctx}
              shown={level - c.hints.length}
              act={act}
            />
          )
        }
      />
    </div>
  );
}
