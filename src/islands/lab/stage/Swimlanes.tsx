/**
 * The lock-aware timeline (the Stately inspector's sequence diagram, with locks): one column per
 * CPU, one row per step with the line that CPU ran, and a bar down a CPU's column while it holds
 * balloon_pages_lock (solid, ◆) or a page lock (dashed, ■). Where a bar starts the cell says
 * "takes" in words; a spinning CPU says "⟳ spinning". It is a table, so it is its own text
 * alternative; each row's step is a button that scrubs the lab there, and clicking anywhere on a
 * row does the same. Loaded once the run has a step (parts.ts).
 */
import { useMemo } from 'preact/hooks';
import type { KernelState, Scenario, StepRecord } from '../../../model';
import { CpuBadge } from '../CpuBadge';
import { useKeepInView } from '../useKeepInView';
import { laneRows, type LaneBar, type LaneCell, type LaneRow } from './swimlanes';

export interface SwimlanesProps {
  uid: string;
  scenario: Scenario;
  /** The whole tape, redo tail included: snapshots[k] is the state after k steps. */
  snapshots: KernelState[];
  records: StepRecord[];
  cursor: number;
  onJump: (index: number) => void;
}

const MARK = { spinlock: '◆', page: '■' } as const;
const WAIT = { spinning: '⟳ spinning', waiting: '⏸ waiting', finished: '✓ finished' } as const;

export function Swimlanes(p: SwimlanesProps) {
  const rows = useMemo(() => laneRows(p.snapshots, p.records), [p.snapshots, p.records]);
  const box = useKeepInView<HTMLDivElement>(p.cursor);
  const id = `${p.uid}-swim`;
  return (
    <section class="lab-swimlanes" aria-labelledby={`${id} ${p.uid}-title`}>
      <h4 id={id}>Who held which lock, step by step</h4>
      <p class="lab-legend">
        <span class="lab-swim-key" data-kind="spinlock" aria-hidden="true" /> ◆ holds
        balloon_pages_lock · <span class="lab-swim-key" data-kind="page" aria-hidden="true" /> ■
        holds a page lock · ⟳ spinning. Choose a step to go there.
      </p>
      <div ref={box} class="lab-swim-scroll" tabIndex={0} role="region" aria-labelledby={id}>
        <table class="lab-swim">
          <thead>
            <tr>
              <th scope="col">Step</th>
              {p.scenario.cpus.map((cpu, i) => (
                <th scope="col" key={i}>
                  <CpuBadge cpu={i} name={cpu.name} /> CPU {cpu.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, k) => (
              <Row key={r.step} row={r} before={rows[k - 1]} cursor={p.cursor} onJump={p.onJump} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface RowProps {
  row: LaneRow;
  before?: LaneRow;
  cursor: number;
  onJump: (index: number) => void;
}

function Row({ row, before, cursor, onJump }: RowProps) {
  const label = row.step === 0 ? 'Start' : `Step ${row.step}`;
  return (
    <tr
      data-step={row.step}
      aria-current={row.step === cursor ? 'step' : undefined}
      class={row.step > cursor ? 'lab-undone' : undefined}
      onClick={() => onJump(row.step)}
    >
      <th scope="row">
        <button
          type="button"
          class="lab-swim-jump"
          onClick={(e) => {
            // The row's own click handler does the jump; one jump per press.
            e.stopPropagation();
            onJump(row.step);
          }}
        >
          {row.step === cursor && <b aria-hidden="true">▶ </b>}
          {label}
        </button>
        {row.broke && <b class="lab-swim-broke"> ✗ broke</b>}
        {row.step > cursor && <em class="sr-only"> (undone)</em>}
      </th>
      {row.cells.map((cell, c) => (
        <Cell
          key={c}
          cell={cell}
          code={cell.stepped ? row.code : undefined}
          finishes={cell.wait === 'finished' && before?.cells[c].wait !== 'finished'}
        />
      ))}
    </tr>
  );
}

function barText(b: LaneBar): string {
  return `${b.from ? 'takes' : 'holds'} ${b.lock}${b.to ? ', drops it next' : ''}`;
}

interface CellProps {
  cell: LaneCell;
  code?: string;
  /** The CPU finished with this step: said once, not on every row after. */
  finishes: boolean;
}

function Cell({ cell, code, finishes }: CellProps) {
  return (
    <td data-stepped={cell.stepped ? '' : undefined} data-wait={cell.wait ?? undefined}>
      <span class="lab-swim-bars" aria-hidden="true">
        {cell.bars.map((b) => (
          <span
            key={b.lock}
            class="lab-swim-bar"
            data-kind={b.kind}
            data-from={b.from ? '' : undefined}
            data-to={b.to ? '' : undefined}
          />
        ))}
      </span>
      <span class="lab-swim-text">
        {code && <code>{code}</code>}
        {cell.bars
          .filter((b) => b.from)
          .map((b) => (
            <small key={b.lock} class="lab-swim-take" aria-hidden="true">
              {MARK[b.kind]} takes {b.lock}
            </small>
          ))}
        {cell.wait && (cell.wait !== 'finished' || finishes) && (
          <small class="lab-swim-wait" title={cell.reason}>
            {WAIT[cell.wait]}
          </small>
        )}
        {cell.bars.length > 0 && <span class="sr-only">{cell.bars.map(barText).join('; ')}.</span>}
      </span>
    </td>
  );
}
