/**
 * The shared-state panel: the state drawn (StatePicture), and under a disclosure the same state
 * as tables — locks with holders and waiters, each page's fields, the lists, and the counters —
 * whose cells the last step changed carry a Δ and the words "(changed)". Shared by the static
 * rendering (tables open, nothing marked) and the live lab.
 */
import { listPictures, picturesText, type KernelState, type StateView } from '../../model';
import { pictureOf, type Picture } from './stage/picture';
import { StatePicture } from './stage/StatePicture';
import { LOCK_COLUMNS, PAGE_COLUMNS, stateTables, type Cell, type Row } from './stateRows';

export interface StatePanelProps {
  uid: string;
  title: string;
  view: StateView;
  before?: StateView;
  /** The state itself: the drawing asks the model what each list's owner believes is on it. */
  state: KernelState;
  /** The last step changed page->private without balloon_pages_lock (rule i). */
  ruleI?: boolean;
  /** The drawing, when the caller has it already (the live lab draws it for its mini state too). */
  picture?: Picture;
}

function CellText({ cell }: { cell: Cell }) {
  return (
    <td class={cell.changed ? 'lab-changed' : undefined}>
      {cell.text}
      {cell.changed && (
        <>
          {' '}
          <b aria-hidden="true">Δ</b>
          <em class="sr-only"> (changed)</em>
        </>
      )}
    </td>
  );
}

function Table(props: { caption: string; head: readonly string[]; rows: Row[] }) {
  return (
    <table class="bl-table lab-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.head.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            {row.cells.map((cell, i) => (
              <CellText key={i} cell={cell} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Pages as columns and fields as rows: with one to three pages this stays narrow. */
function transpose(pages: Row[]): Row[] {
  return PAGE_COLUMNS.map((field, i) => ({ name: field, cells: pages.map((p) => p.cells[i]) }));
}

export function StatePanel(p: StatePanelProps) {
  const t = stateTables(p.view, p.before);
  const id = `${p.uid}-state`;
  return (
    <section class="lab-state" aria-labelledby={`${id} ${p.uid}-title`}>
      <h4 id={id}>{p.title}</h4>
      <StatePicture
        uid={p.uid}
        picture={p.picture ?? pictureOf(p.view, listPictures(p.state))}
        listText={picturesText(p.state)}
      />
      <details class="lab-tables">
        <summary>The state as tables</summary>
        {p.before && <p class="lab-legend">Δ marks what the last step changed.</p>}
        <div class="lab-state-grid">
          <Table caption="Locks" head={['Lock', ...LOCK_COLUMNS]} rows={t.locks} />
          <Table
            caption="Pages"
            head={['Field', ...t.pages.map((r) => `page ${r.name}`)]}
            rows={transpose(t.pages)}
          />
          <Table caption="Lists" head={['List', 'Pages, in order']} rows={t.lists} />
          <Table caption="Counters" head={['Counter', 'Value']} rows={t.counters} />
        </div>
      </details>
      {p.ruleI && (
        <p class="lab-rulei-note">
          <b>Rule i:</b> the last step changed <code>page-&gt;private</code> without holding
          balloon_pages_lock. The patched code forbids this; the model reports it as a note, not a
          verdict: harm shows up only as a broken invariant.
        </p>
      )}
    </section>
  );
}
