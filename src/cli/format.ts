/** Text rendering for the CLI: the step table and state summaries. */
import { describeState, type KernelState, type PageView, type StepRecord } from '../model';

/** "P onList priv=b balloon list ref=1 MO" */
export function pageText(p: PageView): string {
  const flags = [
    p.offline ? 'Offline' : '',
    p.movableOps ? 'MO' : '',
    p.isolated ? 'ISO' : '',
    p.lockedBy ? `PG_locked:${p.lockedBy}` : '',
  ]
    .filter(Boolean)
    .join(',');
  if (p.state === 'unallocated') return `${p.name} unallocated`;
  return `${p.name} ${p.state} priv=${p.private} ${p.lru ?? 'no list'} ref=${p.refcount}${flags ? ` [${flags}]` : ''}`;
}

/** "spin=B mutex=- iso=0" */
export function locksText(s: KernelState): string {
  const v = describeState(s);
  return `spin=${v.balloonPagesLock.holder ?? '-'} mutex=${v.driverMutex.holder ?? '-'} isolated_pages=${v.isolatedPages}`;
}

/** A fixed-width table; plain strings are full-width lines that do not affect the columns. */
export function table(rows: Array<string[] | string>): string {
  const cells = rows.filter((r): r is string[] => Array.isArray(r));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return rows.map((r) => (Array.isArray(r) ? line(r) : r)).join('\n');
}

/** One row per step: what ran, where, and the shared state right after it, then its narration. */
export function stepTable(records: StepRecord[], snapshots: KernelState[]): string {
  const rows: Array<string[] | string> = [
    ['#', 'CPU', 'code line', 'kernel function', 'locks after', 'pages after'],
  ];
  records.forEach((r, i) => {
    const after = snapshots[i + 1];
    const pages = describeState(after).pages.map(pageText).join('; ');
    rows.push([`${i + 1}`, after.cpus[r.cpu].name, r.code, `${r.fn}()`, locksText(after), pages]);
    rows.push(`        ${r.narration}.`);
    for (const v of r.violations)
      rows.push(
        `        ^ ${v.severity === 'warning' ? 'WARNING' : 'VIOLATION'} ${v.invariant}: ${v.message}`,
      );
    if (r.ruleIUnlocked)
      rows.push('        ^ note (rule i): page->private changed without balloon_pages_lock');
  });
  return table(rows);
}
