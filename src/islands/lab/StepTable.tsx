/**
 * The run as a table: step, CPU, code line, kernel function and what happened (the model's
 * narration, with rule i marked). The static rendering prints it for a schedule prop; the live
 * lab shows its history with the current step marked and undone steps labelled.
 */
import type { Scenario, StepRecord } from '../../model';
import { CpuBadge } from './CpuBadge';
import { InlineCode } from './stage/InlineCode';
import { useKeepInView } from './useKeepInView';

export interface StepTableProps {
  uid: string;
  scenario: Scenario;
  records: StepRecord[];
  /** Steps applied to the shown state; rows past it are the redo tail. */
  cursor: number;
  caption: string;
}

/** In its own scroll box (keyboard-scrollable), so a long run does not push the lab apart. */
export function StepTable(p: StepTableProps) {
  const box = useKeepInView<HTMLDivElement>(p.cursor);
  return (
    <div
      ref={box}
      class="lab-steps-scroll"
      tabIndex={0}
      role="region"
      aria-label="Steps of this run"
    >
      <table class="bl-table lab-table lab-steps">
        <caption id={`${p.uid}-steps`}>{p.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">CPU</th>
            <th scope="col">Code line</th>
            <th scope="col">Kernel function</th>
            <th scope="col">What happens</th>
          </tr>
        </thead>
        <tbody>
          {p.records.map((r, i) => (
            <StepRow
              key={i}
              scenario={p.scenario}
              record={r}
              n={i + 1}
              current={i + 1 === p.cursor}
              undone={i >= p.cursor}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface StepRowProps {
  scenario: Scenario;
  record: StepRecord;
  n: number;
  current: boolean;
  undone: boolean;
}

function StepRow({ scenario, record, n, current, undone }: StepRowProps) {
  const name = scenario.cpus[record.cpu].name;
  return (
    <tr
      aria-current={current ? 'step' : undefined}
      class={undone ? 'lab-undone' : undefined}
      data-step={n}
    >
      <th scope="row">
        {current && <b aria-hidden="true">▶ </b>}
        {n}
        {undone && <em> (undone)</em>}
      </th>
      <td>
        <CpuBadge cpu={record.cpu} name={name} /> {name}
      </td>
      <td>
        <code>{record.code}</code>
      </td>
      <td>
        <code>{record.fn}()</code>
      </td>
      <td>
        <InlineCode text={record.narration} />
        {record.violations.length > 0 && (
          <strong> ✗ {record.violations.map((v) => v.invariant).join(', ')}</strong>
        )}
        {record.ruleIUnlocked && <span class="lab-rulei"> rule i</span>}
      </td>
    </tr>
  );
}
