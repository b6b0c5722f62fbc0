/**
 * The notebook as a Markdown document a learner can keep or paste into a report: a heading per
 * run, its variants and schedule, the note, how it ends, and the step table.
 */
import type { Scenario } from '../../model';
import type { NotebookEntry } from '../lib/storage';
import { replayEntry, variantName } from './run';

/** A table cell: pipes escaped and line breaks flattened so the table stays one row per step. */
export const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** Inline code that survives backticks inside the code. */
const inlineCode = (text: string): string =>
  text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;

/** "`patched` (After the patch)". */
const variant = (id: string): string => {
  const name = variantName(id);
  return name ? `${inlineCode(id)} (${name})` : inlineCode(id);
};

/** One run as a Markdown section. */
export function runMarkdown(entry: NotebookEntry, scenarios: readonly Scenario[]): string {
  const run = replayEntry(entry, scenarios);
  const title = run.scenario?.title ?? entry.scenario;
  const lines = [
    `## ${title}`,
    '',
    `- Scenario: ${inlineCode(entry.scenario)}`,
    `- Balloon code: ${variant(entry.balloon)}`,
    `- Migration core: ${variant(entry.core)}`,
    `- Schedule: ${entry.schedule.join(', ') || '(no steps)'}`,
    `- Saved: ${entry.savedAt}`,
    '',
  ];
  if (entry.note.trim())
    lines.push(
      ...entry.note
        .trim()
        .split('\n')
        .map((l) => `> ${l}`.trimEnd()),
      '',
    );
  if (run.problem) lines.push(`Could not replay the whole run: ${run.problem}.`, '');
  lines.push(...run.ending.flatMap((e) => [e, '']));
  if (run.rows.length > 0) {
    lines.push('| # | CPU | Code | What happened |', '|---:|---|---|---|');
    for (const r of run.rows)
      lines.push(
        `| ${r.n} | ${cell(r.cpu)} | ${cell(inlineCode(r.code))} | ${cell(r.narration)} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}

/** The whole notebook; `exportedAt` is an ISO date. */
export function notebookMarkdown(
  entries: readonly NotebookEntry[],
  scenarios: readonly Scenario[],
  exportedAt: string,
): string {
  const head = [
    '# Balloon Lab notebook',
    '',
    `Exported ${exportedAt}. ${entries.length} saved run${entries.length === 1 ? '' : 's'}.`,
    '',
  ];
  return [...head, ...entries.map((e) => runMarkdown(e, scenarios))].join('\n');
}
