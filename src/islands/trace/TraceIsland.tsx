/**
 * A precomputed trace that hydrates into a stepper: First / Previous / Next / Last, ← and →
 * (Home, End) while focus is in the stepper, the current row marked, and a polite live region
 * that narrates each step. Rows and code come from the page's data blocks (src/islands/lib/
 * pageData.ts); no model code runs here.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { pageCode, pageData } from '../lib/pageData';
import { Prose } from '../checker/CodeText';
import { keyTarget, stepNarration, verdictAt } from './stepper';
import { TraceTable } from './TraceTable';
import type { TraceView } from './types';
import './trace.css';

interface Props {
  /** Keys of the page's blocks: the trace's rows, and its scenario's code as token data. */
  data: { view: string; code: string };
  caption: string;
}

function Controls({
  cursor,
  last,
  go,
}: {
  cursor: number;
  last: number;
  go: (to: number) => void;
}) {
  const button = (label: string, to: number, off: boolean) => (
    <button
      type="button"
      class="bl-button"
      aria-disabled={off ? 'true' : undefined}
      onClick={() => !off && go(to)}
    >
      {label}
    </button>
  );
  return (
    <div class="tr-controls" role="group" aria-label="Step through the trace">
      {button('First', 0, cursor === 0)}
      {button('Previous', cursor - 1, cursor === 0)}
      {button('Next', cursor + 1, cursor === last)}
      {button('Last', last, cursor === last)}
      <span class="tr-count">
        {cursor === 0 ? `Start (of ${last} steps)` : `Step ${cursor} of ${last}`}
      </span>
    </div>
  );
}

export default function TraceIsland({ data, caption }: Props) {
  const { view, codeHtml } = useMemo(
    () => ({
      view: pageData<TraceView>(data.view),
      codeHtml: pageCode(data.code),
    }),
    [],
  );
  const [cursor, setCursor] = useState<number | null>(null);
  const moved = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const last = view.rows.length - 1;
  useEffect(() => setCursor(0), []);
  useEffect(() => {
    // Only a learner's step scrolls the page; hydration must not make it jump.
    if (moved.current)
      root.current?.querySelector('tr[aria-current]')?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);
  const go = (to: number) => {
    moved.current = true;
    setCursor(to);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Arrow keys inside the scrollable table keep scrolling it.
    if (cursor === null || (event.target as Element).closest('.tr-scroll')) return;
    const to = keyTarget(event.key, cursor, last);
    if (to === null) return;
    event.preventDefault();
    go(to);
  };
  return (
    <div class="tr not-content" ref={root} onKeyDown={onKeyDown}>
      {cursor !== null && <Controls cursor={cursor} last={last} go={go} />}
      {cursor !== null && (
        <p class="bl-verdict tr-status" role="status" data-verdict={verdictAt(view, cursor)}>
          <Prose text={stepNarration(view, cursor)} />
        </p>
      )}
      <TraceTable
        rows={view.rows}
        codeHtml={codeHtml}
        current={cursor}
        ending={view.ending}
        caption={caption}
      />
    </div>
  );
}
