/** Every CPU's code column for one state; the live lab adds a Step button to each. */
import type { ComponentChildren } from 'preact';
import { cpuStatus, nextLine, programListing, type KernelState, type Scenario } from '../../model';
import { CodeColumn } from './CodeColumn';
import { sourceLabel } from './view';

export interface CpuColumnsProps {
  uid: string;
  scenario: Scenario;
  state: KernelState;
  highlight: Record<string, string>;
  action?: (cpu: number) => ComponentChildren;
}

export function CpuColumns(p: CpuColumnsProps) {
  return (
    <div class="lab-cpus">
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
            highlight={p.highlight}
            source={sourceLabel(lines, p.state.variants)}
            scroll={!!p.action}
          >
            {p.action?.(i)}
          </CodeColumn>
        );
      })}
    </div>
  );
}
