/**
 * Highlighted code as data. Shiki runs at build time only (src/components/lib/highlight.ts) and
 * gives every line a few tokens, each in one of a handful of styles (both themes' colours). An
 * island's props carry that as numbers — per line, the style and length of each token — instead
 * of a second copy of the highlighted HTML its static rendering already shows: a lab's code for
 * every variant is then about a tenth of the bytes. This file is the one template of a
 * highlighted line, used by the build and by the islands alike.
 */

/** Highlighted lines: the token styles, and each line's tokens as [style, length] pairs. */
export interface HighlightedLines {
  /** Inline styles of the tokens, e.g. "--shiki-light:#B7313E;--shiki-dark:#F97583". */
  styles: string[];
  /** Line of code → [style index, length in UTF-16 units, style index, length, …]. */
  runs: Record<string, number[]>;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML of one line: a <span> per token (the text is the line's own, cut into tokens). */
export function lineHtml(code: string, runs: readonly number[], styles: readonly string[]): string {
  let html = '';
  for (let i = 0, at = 0; i < runs.length; i += 2) {
    const text = code.slice(at, (at += runs[i + 1]));
    html += `<span style="${styles[runs[i]]}">${escapeHtml(text)}</span>`;
  }
  return html;
}

/** Every line's HTML, keyed by the line, as the code views look lines up. */
export function highlightedHtml(h: HighlightedLines): Record<string, string> {
  return Object.fromEntries(
    Object.entries(h.runs).map(([code, runs]) => [code, lineHtml(code, runs, h.styles)]),
  );
}
