/**
 * On a phone the stage shows one lane at a time. These chips choose it, and each says its CPU's
 * status (can run, spinning, finished) with an icon and a word, so every CPU stays in sight.
 * Hidden by CSS on wider screens, where every lane is shown side by side.
 */
import type { CpuStatus, Scenario } from '../../../model';
import { CpuBadge } from '../CpuBadge';

export interface LaneChipsProps {
  uid: string;
  scenario: Scenario;
  statuses: CpuStatus[];
  shown: number;
  onShow: (cpu: number) => void;
}

const SHORT = { runnable: '▷ can run', finished: '✓ finished' } as const;

/** "⏸ spinning" or "⏸ waiting" for a blocked CPU, from its block reason. */
function shortStatus(status: CpuStatus): string {
  if (status.kind !== 'blocked') return SHORT[status.kind];
  return status.reason.startsWith('spinning') ? '⏸ spinning' : '⏸ waiting';
}

export function LaneChips(p: LaneChipsProps) {
  return (
    <div class="lab-chips" role="group" aria-label="Show the lane of CPU">
      {p.scenario.cpus.map((cpu, i) => (
        <button
          key={i}
          type="button"
          class="lab-chip"
          aria-pressed={i === p.shown}
          aria-controls={`${p.uid}-lane-${i}`}
          data-status={p.statuses[i].kind}
          onClick={() => p.onShow(i)}
        >
          <CpuBadge cpu={i} name={cpu.name} /> CPU {cpu.name}
          <small>{shortStatus(p.statuses[i])}</small>
        </button>
      ))}
    </div>
  );
}
