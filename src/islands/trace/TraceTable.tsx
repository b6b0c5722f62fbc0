/**
 * The step table: one row per step (row 0 is the start), code highlighted at build time, and a
 * final row that says how the run ends. It is the whole content without JavaScript; the stepper
 * only marks the current row (aria-current, a ▶ marker and an outline).
 */
import { Prose } from '../checker/CodeText';
import type { TraceEnding, TraceRow } from './types';

interface Props {
  rows: TraceRow[];
  codeHtml: Record<string, string>;
  current: number | null;
  ending: TraceEnding;
  caption: string;
}

const List = ({ items, empty }: { items: string[]; empty: string }) =>
  items.length ? (
    <ul>
      {items.map((item) => (
        <li key={item}>
          <Prose text={item} />
        </li>
      ))}
    </ul>
  ) : (
    <span class="tr-none">{empty}</span>
  );

/** Long kernel identifiers may wrap after an underscore rather than mid-word. */
const breakable = (name: string) =>
  name.split(/(?<=_)/).flatMap((part, i) => (i ? [<wbr key={i} />, part] : [part]));

function Row({ row, html, current }: { row: TraceRow; html?: string; current: boolean }) {
  return (
    <tr
      aria-current={current ? 'step' : undefined}
      data-violation={row.violations.length ? 'true' : undefined}
    >
      <th scope="row" class="tr-num">
        {current && (
          <span class="tr-marker" aria-hidden="true">
            ▶{' '}
          </span>
        )}
        {row.index}
      </th>
      <td>{row.cpu ?? '—'}</td>
      <td>
        {html ? (
          <code class="bl-code tr-code" dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <em>start</em>
        )}
      </td>
      <td>
        {row.fn && (
          <>
            <code>{breakable(row.fn)}()</code> <span class="tr-file">{row.file}</span>
          </>
        )}
      </td>
      <td>
        <Prose text={row.narration} />
        {row.events.length > 0 && <span class="tr-events">Lifecycle: {row.events.join('; ')}</span>}
      </td>
      <td>
        <List items={row.locks} empty="none" />
      </td>
      <td>
        <List items={row.pages} empty="none" />
      </td>
      <td class="tr-violations">
        {row.violations.length ? (
          <List items={row.violations.map((v) => `⚠ ${v}`)} empty="" />
        ) : (
          <span class="tr-none">none</span>
        )}
      </td>
    </tr>
  );
}

/** Column headings and widths (rem): fixed, so long code lines wrap instead of widening the table. */
const COLUMNS: Array<[string, number]> = [
  ['#', 3],
  ['CPU', 2.75],
  ['Simplified code', 13],
  ['Kernel function', 9],
  ['What happened', 12],
  ['Locks held after', 9],
  ['Pages after', 10],
  ['Violations', 15],
];

export function TraceTable({ rows, codeHtml, current, ending, caption }: Props) {
  return (
    <div class="tr-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table class="bl-table tr-table">
        <caption>{caption}</caption>
        <colgroup>
          {COLUMNS.map(([h, rem]) => (
            <col key={h} style={{ width: `${rem}rem` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map(([h]) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row
              key={row.index}
              row={row}
              html={codeHtml[row.code]}
              current={row.index === current}
            />
          ))}
        </tbody>
        <tfoot>
          <tr class="tr-ending" data-verdict={ending.verdict}>
            <td colSpan={COLUMNS.length}>
              <div class="tr-ending-text">
                <strong>
                  {ending.verdict === 'violation'
                    ? '⚠ Ends in a violation. '
                    : ending.verdict === 'finished'
                      ? '✓ Finished. '
                      : 'Stops part-way. '}
                </strong>
                <Prose text={ending.sentence} />
              </div>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
