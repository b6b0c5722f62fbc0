/** The reachable ways a run ends, each with one schedule that gets there. */
import { Prose } from './CodeText';
import { compressSchedule } from './format';
import type { OutcomeView } from './types';

export function Outcomes({ items, open }: { items: OutcomeView[]; open: boolean }) {
  return (
    <details class="checker-outcomes" open={open}>
      <summary>
        <strong>Reachable outcomes</strong> ({items.length})
      </summary>
      <ul>
        {items.map((o) => (
          <li key={o.id}>
            <Prose text={o.sentence} />{' '}
            <span class="checker-example">Example schedule: {compressSchedule(o.schedule)}.</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
