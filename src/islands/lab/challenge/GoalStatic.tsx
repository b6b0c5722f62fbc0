/**
 * A challenge's goal as the page prints it before the lab runs (and without JavaScript): the same
 * title, rule and par as the live goal bar, under the same id so a link to it lands here.
 */
import { goalRule, parLabel } from './judge';
import type { LabChallenge } from './types';
import './challenge.css';

export function GoalStatic({ challenge: c }: { challenge: LabChallenge }) {
  return (
    <div class="lab-challenge" id={c.anchor} role="group" aria-labelledby={`${c.anchor}-title`}>
      <h4 class="lab-goal-title" id={`${c.anchor}-title`}>
        <span class="lab-goal-label">Challenge:</span> {c.title}
      </h4>
      <p class="lab-goal-rule">
        {goalRule(c)} {parLabel(c) && <span class="lab-goal-par">{parLabel(c)}.</span>}
      </p>
      <p class="lab-goal-rule">
        The lab grades your run, gives hints and records the solve once JavaScript runs.
      </p>
    </div>
  );
}
