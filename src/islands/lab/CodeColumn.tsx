/**
 * One CPU's lane: its name and badge, role, Step button (the live lab passes it as children),
 * whether it can run (and why not), the locks it holds as tokens, and its simplified code with
 * the next line marked by ▶ and aria-current, not by colour alone. Shared by the static
 * rendering and the live lab.
 */
import type { ComponentChildren } from 'preact';
import type { CpuStatus, ListingLine, ScenarioCpu } from '../../model';
import { CpuBadge } from './CpuBadge';
import type { LockToken } from './stage/tokens';
import { useKeepInView } from './useKeepInView';
import { cpuRole } from './view';

export interface CodeColumnProps {
  uid: string;
  index: number;
  cpu: ScenarioCpu;
  lines: ListingLine[];
  next: number | null;
  status: CpuStatus;
  tokens: LockToken[];
  highlight: Record<string, string>;
  /** Live lab: the code scrolls in a box that keeps the next line in view. */
  scroll?: boolean;
  /** Live lab on a phone, where one lane is shown at a time: this one is not. */
  hiddenOnPhone?: boolean;
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
    <section
      class="lab-cpu"
      id={`${p.uid}-lane-${p.index}`}
      aria-labelledby={`${id} ${p.uid}-title`}
      data-cpu={p.cpu.name}
      data-phone-hidden={p.hiddenOnPhone ? '' : undefined}
    >
      <div class="lab-lane-head">
        <h4 class="lab-cpu-name" id={id}>
          <CpuBadge cpu={p.index} name={p.cpu.name} /> CPU {p.cpu.name}
          <small class="lab-cpu-role"> — {cpuRole(p.cpu)}</small>
        </h4>
        <div class="lab-lane-act">
          {p.children}
          <p class="lab-cpu-status" data-status={p.status.kind}>
            <b aria-hidden="true">{STATUS_ICON[p.status.kind]}</b> {statusText(p.status)}
          </p>
        </div>
        {/* Always one row, so the lane keeps its height when the CPU takes or drops a lock. */}
        <ul class="lab-tokens" aria-label={`Locks CPU ${p.cpu.name} holds`}>
          {p.tokens.length === 0 && <li class="lab-token-none">holds no lock</li>}
          {p.tokens.map((t) => (
            <li key={t.lock} class="lab-token" data-lock={t.kind} title={`holds ${t.lock}`}>
              <b aria-hidden="true">{t.kind === 'spinlock' ? '◆' : '■'}</b> holds {t.lock}
            </li>
          ))}
        </ul>
      </div>
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
      {/* Only the next line has a marker (placed absolutely, so no line moves when it does). */}
      {isNext && (
        <b class="lab-marker" aria-hidden="true">
          ▶
        </b>
      )}
      {isNext && <em class="sr-only">Next line: </em>}
      {html ? <code dangerouslySetInnerHTML={{ __html: html }} /> : <code>{line.code}</code>}
    </li>
  );
}
