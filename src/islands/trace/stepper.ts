/** The stepper's pure logic: key bindings, the narration and the verdict at a cursor. */
import type { TraceEnding, TraceView } from './types';

/** Where a key moves the cursor (0 … last), or null when the key is not the stepper's. */
export function keyTarget(key: string, cursor: number, last: number): number | null {
  const to = { ArrowLeft: cursor - 1, ArrowRight: cursor + 1, Home: 0, End: last }[key];
  return to === undefined ? null : Math.max(0, Math.min(last, to));
}

const sentence = (text: string): string => (/[.!?)]$/.test(text) ? text : `${text}.`);

/** What the live region says when the cursor lands on a row. */
export function stepNarration(view: TraceView, cursor: number): string {
  const row = view.rows[cursor];
  const last = view.rows.length - 1;
  if (cursor === 0) return `Start, before the first step. ${row.pages.map(sentence).join(' ')}`;
  const parts = [
    `Step ${cursor} of ${last}: CPU ${row.cpu} in ${row.fn}(). ${sentence(row.narration)}`,
    ...row.events.map((e) => `Lifecycle event ${sentence(e)}`),
    ...row.violations.map((v) => `Violation: ${sentence(v)}`),
  ];
  if (cursor === last) parts.push(view.ending.sentence);
  return parts.join(' ');
}

/** The verdict so far: a violation once any shown step broke an invariant. */
export function verdictAt(view: TraceView, cursor: number): TraceEnding['verdict'] {
  if (view.rows.slice(0, cursor + 1).some((r) => r.violations.length > 0)) return 'violation';
  return cursor === view.rows.length - 1 && view.ending.verdict === 'finished' ? 'finished' : 'ok';
}
