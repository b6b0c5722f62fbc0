/**
 * Each broken invariant with its shortest counterexample, the first one open. `replayHref` adds a
 * "Replay in the lab" link (only to live results: without JavaScript there is no lab to open).
 */
import { Prose, type CodeMap } from './CodeText';
import { capitalize, compressSchedule, INVARIANT_NAMES } from './format';
import { StepTable } from './StepTable';
import type { CounterexampleView } from './types';

interface Props {
  items: CounterexampleView[];
  code: CodeMap;
  replayHref?: (schedule: string[]) => string;
}

export function Counterexamples({ items, code, replayHref }: Props) {
  if (items.length === 0) return null;
  return (
    <div class="checker-counterexamples">
      <h3 class="checker-heading">Shortest counterexamples</h3>
      {items.map((c, i) => (
        <details key={c.invariant} open={i === 0} class="checker-cx">
          <summary>
            <strong>
              {c.severity === 'warning' ? 'Warning' : 'Broken'}:{' '}
              {capitalize(INVARIANT_NAMES[c.invariant])}
            </strong>{' '}
            in {c.steps.length} steps
          </summary>
          <p>
            <Prose text={c.message} />
          </p>
          <p class="checker-schedule">
            Schedule: <span>{compressSchedule(c.schedule)}</span>
            {replayHref && (
              <>
                {' '}
                <a href={replayHref(c.schedule)}>Replay in the lab</a>
              </>
            )}
          </p>
          <StepTable
            steps={c.steps}
            code={code}
            caption={`Steps to ${INVARIANT_NAMES[c.invariant]}, shortest schedule`}
          />
        </details>
      ))}
    </div>
  );
}
