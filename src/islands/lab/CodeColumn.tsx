/**
 * One CPU's column: its name and badge, whether it can run (and why not), and its simplified
 * code with the next line marked by ▶ and aria-current, not by colour alone. Shared by the
 * static rendering and the live lab; the live lab passes its Step button as children.
 */
import type { ComponentChildren } from 'preact';
import type { CpuStatus, ListingLine, ScenarioCpu } from '../../model';
import { CpuBadge } from './CpuBadge';
import { useKeepInView } from './useKeepInView';
import { cpuRole } from './view';

export interface CodeColumnProps {
  uid: string;
  index: number;
  cpu: ScenarioCpu;
  lines: ListingLine[];
  next: number | null;
  status: CpuStatus;
  highlight: Record<string, string>;
  source: string;
  /** Live lab: the code scrolls in a box that keeps the next line in view. */
  scroll?: boolean;
  children?: ComponentChildren;
}

const STATUS_ICON = { runnable: '▷', blocked: '‖', finished: '✓' } as const;

function statusText(status: CpuStatus): string {
  if (status.kind === 'runnable') return 'Can run: its next line is marked ▶.';
  if (status.kind === 'finished') return 'Finished.';
  return `Cannot run: ${status.reason}.`;
}

export function CodeColumn(p: CodeColumnProps) {
  const id = `${p.uid}-cpu-${p.index}`;
  const box = useKeepInView<HTMLOListElement>(p.next);
  return (
    <section class="lab-cpu" aria-labelledby={id} data-cpu={p.cpu.name}>
      <h4 class="lab-cpu-name" id={id}>
        <CpuBadge cpu={p.index} name={p.cpu.name} /> CPU {p.cpu.name}
        <small class="lab-cpu-role"> — {cpuRole(p.cpu)}</small>
      </h4>
      {p.children}
      <p class="lab-cpu-status" data-status={p.status.kind}>
        <b aria-hidden="true">{STATUS_ICON[p.status.kind]}</b> {statusText(p.status)}
      </p>
      <p class="lab-source">{p.source}</p>
      <ol
        ref={box}
        class={`bl-code lab-code${p.scroll ? ' lab-code-scroll' : ''}`}
        aria-label={`Code of CPU ${p.cpu.name}`}
        tabIndex={p.scroll ? 0 : undefined}
      >
        {p.lines.map((line, i) =>
          // Lines this CPU can never reach (migration, for a CPU that puts the page back) are left
          // out; indexes stay those of the whole program, so the ▶ marker still lands right.
          line.reachable ? (
            <CodeLine
              key={i}
              line={line}
              html={p.highlight[line.code]}
              isNext={i === p.next}
              fnStarts={i === 0 || previousShown(p.lines, i)?.fn !== line.fn}
            />
          ) : null,
        )}
      </ol>
    </section>
  );
}

/** The nearest line before `i` that is shown. */
function previousShown(lines: ListingLine[], i: number): ListingLine | undefined {
  for (let j = i - 1; j >= 0; j--) if (lines[j].reachable) return lines[j];
  return undefined;
}

interface CodeLineProps {
  line: ListingLine;
  html: string | undefined;
  isNext: boolean;
  fnStarts: boolean;
}

function CodeLine({ line, html, isNext, fnStarts }: CodeLineProps) {
  return (
    <li class="lab-line" aria-current={isNext ? 'step' : undefined}>
      {fnStarts && (
        <div class="lab-fn">
          {line.fn}() <small>{line.file}</small>
        </div>
      )}
      <b class="lab-marker" aria-hidden="true">
        {isNext ? '▶' : ''}
      </b>
      {isNext && <em class="sr-only">Next line: </em>}
      {html ? <code dangerouslySetInnerHTML={{ __html: html }} /> : <code>{line.code}</code>}
    </li>
  );
}
