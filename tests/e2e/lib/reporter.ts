import type { Reporter, TestModule } from 'vitest/node';
import { kb } from './js-size';
import type { BudgetRow, OnUseRow, PageCheck } from './report';

/** Prints the JS budget table and a one-line summary just before Vitest's own summary. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const checks: PageCheck[] = [];
    const rows: BudgetRow[] = [];
    const onUse: OnUseRow[] = [];
    const html: Array<{ path: string; bytes: number }> = [];
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const { pageCheck, budgetRow, onUseRow, htmlRow } = test.meta();
        if (htmlRow) html.push(htmlRow);
        if (pageCheck) checks.push(pageCheck);
        if (budgetRow) rows.push(budgetRow);
        if (onUseRow) onUse.push(onUseRow);
      }
    }
    if (rows.length > 0) console.log(`\n${table(rows)}`);
    if (onUse.length > 0) console.log(`\n${onUseTable(onUse)}`);
    if (html.length > 0)
      console.log(
        `\n${columns(
          ['lesson', 'HTML KB'],
          html.map((r) => [r.path, kb(r.bytes)]),
        )}`,
      );
    if (checks.length > 0) console.log(`\n${summary(checks, rows)}\n`);
  }
}

function table(rows: BudgetRow[]): string {
  const header = ['page', 'JS gzip KB', 'delta KB', 'budget KB', 'kind', 'all widgets live KB'];
  const delta = (bytes: number) => `${bytes >= 0 ? '+' : ''}${kb(bytes)}`;
  const body = rows.map((row) => [
    row.path,
    kb(row.jsGzipBytes),
    delta(row.jsGzipBytes - row.baselineBytes),
    `${kb(row.baselineBytes + row.allowanceBytes)} (+${kb(row.allowanceBytes)})`,
    row.kind,
    `${kb(row.liveGzipBytes)} (${delta(row.liveGzipBytes - row.baselineBytes)})`,
  ]);
  return columns(header, body);
}

function onUseTable(rows: OnUseRow[]): string {
  const header = ['lesson', 'used', 'JS gzip KB at load', 'through first use KB'];
  const body = rows.map((r) => [r.path, r.used.join('+'), kb(r.atLoadBytes), kb(r.onUseBytes)]);
  return columns(header, body);
}

function columns(header: string[], body: string[][]): string {
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((cells) => cells[i].length)),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function summary(checks: PageCheck[], rows: BudgetRow[]): string {
  const pages = new Set(checks.map((check) => check.path)).size;
  const themes = [...new Set(checks.map((check) => check.theme))].join('+');
  const modes = ['on', 'off'].filter((mode) =>
    checks.some((check) => check.javaScript === (mode === 'on')),
  );
  const violations = checks.reduce((sum, check) => sum + (check.axeViolations ?? 0), 0);
  const js = rows
    .map((row) => `${row.path} ${kb(row.jsGzipBytes)} KB (${kb(row.liveGzipBytes)} live)`)
    .join(', ');
  return `e2e: crawled ${pages} pages (${themes}, JS ${modes.join('/')}), ${violations} axe violations, JS per page: ${js}`;
}
