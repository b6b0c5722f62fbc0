/**
 * The notebook as a Markdown document a learner can keep or paste into a report: a heading per
 * run, its variants and schedule, the note, how it ends, and the step table. Everything the learner
 * (or an imported file) wrote is escaped, so a note holding `<script>` or a `javascript:` link
 * is text in every Markdown renderer, never HTML or a link.
 */
import type { Scenario } from '../../model';
import type { NotebookEntry } from '../lib/storage';
import { replayEntry, variantName } from './run';

/** A table cell: pipes escaped and line breaks flattened so the table stays one row per step. */
export const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** One line: a line break in stored text must not start a new Markdown block. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * Text with the characters that make HTML (`<`, `>`, `&`), links and images (`[`, `]`), code
 * spans and escapes backslash-escaped (CommonMark lets any ASCII punctuation be escaped).
 */
export const escapeText = (text: string): string => text.replace(/[\\`<>&[\]]/g, '\\$&');

/** Inline code that survives any run of backticks inside the code, on one line. */
export const inlineCode = (text: string): string => {
  const flat = oneLine(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest === 0 ? `${fence}${flat}${fence}` : `${fence} ${flat} ${fence}`;
};

/** "`patched` (After the patch)". */
const variant = (id: string): string => {
  const name = variantName(id);
  return name ? `${inlineCode(id)} (${name})` : inlineCode(id);
};

/** One run as a Markdown section. */
export function runMarkdown(entry: NotebookEntry, scenarios: readonly Scenario[]): string {
  const run = replayEntry(entry, scenarios);
  const title = run.scenario?.title ?? escapeText(oneLine(entry.scenario));
  const lines = [
    `## ${title}`,
    '',
    `- Scenario: ${inlineCode(entry.scenario)}`,
    `- Balloon code: ${variant(entry.balloon)}`,
    `- Migration core: ${variant(entry.core)}`,
    `- Schedule: ${escapeText(oneLine(entry.schedule.join(', '))) || '(no steps)'}`,
    `- Saved: ${escapeText(oneLine(entry.savedAt))}`,
    '',
  ];
  if (entry.note.trim())
    lines.push(
      ...entry.note
        .trim()
        .split('\n')
        .map((l) => `> ${escapeText(l)}`.trimEnd()),
      '',
    );
  if (run.problem) {
    lines.push(`Could not replay the whole run: ${escapeText(oneLine(run.problem))}.`, '');
  }
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
