/**
 * Highlighted code as data. Shiki runs at build time only (src/components/lib/highlight.ts) and
 * gives every line a few tokens, each in one of a handful of colours, numbered; src/styles/code.css
 * holds both themes' colours of each. Colour 0, the code's plain colour, is no element at all;
 * the two commonest, 1 and 2, are <b> and <i> (phrasing elements with no meaning to assistive
 * technology, reset to the code's weight and style), the rarer ones <span class=t3> and on. The
 * markup carries no colours, and an island's data is per line the colour and length of each
 * token. This file is the one template of a highlighted line, for the build and the islands.
 */

/** Line of code → [colour, length in UTF-16 units, colour, length, …] (colour 0: plain text). */
export type HighlightedLines = Record<string, number[]>;

/** Text as HTML (`>` needs no escape in text, only `&` and `<` do). */
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The HTML of one line: plain text bare, every other token in its colour's element. */
export function lineHtml(code: string, runs: readonly number[]): string {
  let html = '';
  for (let i = 0, at = 0; i < runs.length; i += 2) {
    const text = escapeHtml(code.slice(at, (at += runs[i + 1])));
    const colour = runs[i];
    const tag = colour < 3 ? ' bi'[colour] : 'span';
    html += colour ? `<${tag}${colour < 3 ? '' : ` class=t${colour}`}>${text}</${tag}>` : text;
  }
  return html;
}

/** Every line's HTML, keyed by the line, as the code views look lines up. */
export function highlightedHtml(h: HighlightedLines): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([code, runs]) => [code, lineHtml(code, runs)]));
}
