/**
 * The stage's lanes: one per CPU, side by side, each with its name, role, Step button (live lab),
 * status or block reason, the locks it holds and its code with the next line marked. On a phone
 * the live lab shows only the lane `shown` (LaneChips choose it); the static rendering shows all.
 */
import type { ComponentChildren } from 'preact';
import {
  cpuStatus,
  describeState,
  nextLine,
  programListing,
  type KernelState,
  type Scenario,
} from '../../model';
import { CodeColumn } from './CodeColumn';
import { tokensOf } from './stage/tokens';
import { sourceLabel } from './view';

export interface CpuColumnsProps {
  uid: string;
  scenario: Scenario;
  state: KernelState;
  highlight: Record<string, string>;
  action?: (cpu: number) => ComponentChildren;
  /** Live lab on a narrow screen: the one lane shown. */
  shown?: number;
  /** Code in boxes of the stage's height that scroll (the live lab, and its sleeping rendering). */
  scroll?: boolean;
}

export function CpuColumns(p: CpuColumnsProps) {
  const view = describeState(p.state);
  return (
    <div class="lab-cpus" style={{ '--lab-lanes': p.scenario.cpus.length }}>
      {p.scenario.cpus.map((cpu, i) => {
        const lines = programListing(p.scenario, p.state.variants, i);
        return (
          <CodeColumn
            key={i}
            uid={p.uid}
            index={i}
            cpu={cpu}
            lines={lines}
            next={nextLine(p.state, i)}
            status={cpuStatus(p.state, i)}
            tokens={tokensOf(view, cpu.name)}
            highlight={p.highlight}
            scroll={p.scroll ?? !!p.action}
            hiddenOnPhone={p.shown !== undefined && p.shown !== i}
          >
            {p.action?.(i)}
          </CodeColumn>
        );
      })}
    </div>
  );
}

/**
 * Where each lane's code comes from (files and commit), under the stage rather than in the lanes,
 * so the lanes' height goes to code.
 */
export function CpuSources(p: Pick<CpuColumnsProps, 'scenario' | 'state'>) {
  return (
    <ul class="lab-sources">
      {p.scenario.cpus.map((cpu, i) => (
        <li key={i}>
          <b>CPU {cpu.name}:</b>{' '}
          <span class="lab-source">
            {sourceLabel(programListing(p.scenario, p.state.variants, i), p.state.variants)}
          </span>
        </li>
      ))}
    </ul>
  );
}
