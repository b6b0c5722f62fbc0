/**
 * Build-time syntax highlighting for the widgets, with the same light and dark themes as
 * Starlight's code blocks. Each line becomes a string of <span>s whose colours are CSS variables
 * (--shiki-light, --shiki-dark); src/styles/code.css picks one by the page's theme. Shiki runs only
 * here, at build time, and never reaches a client bundle.
 */
import { createHighlighter, type Highlighter } from 'shiki';
import { CODE_THEMES } from '../../site/code-themes.mjs';
import { ensureContrast } from './contrast';

type Lang = 'c' | 'diff';

/**
 * The code panels' backgrounds (see src/styles/code.css) and the contrast every token must reach
 * against them: 5.5:1 leaves room for the highlighted-line background, which is a little darker.
 */
export const CODE_BACKGROUND = { light: '#FFFFFF', dark: '#1F2328' } as const;
const TARGET_CONTRAST = 5.5;

/** The token's inline style with both theme colours raised to the target contrast. */
function tokenStyle(htmlStyle: Record<string, string> | undefined): string {
  return Object.entries(htmlStyle ?? {})
    .map(([name, value]) => {
      const theme = name === '--shiki-dark' ? 'dark' : 'light';
      const colour = /^#[0-9a-f]{6}/i.test(value)
        ? ensureContrast(value, CODE_BACKGROUND[theme], TARGET_CONTRAST)
        : value;
      return `${name}:${colour}`;
    })
    .join(';');
}

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: [CODE_THEMES.light, CODE_THEMES.dark],
    langs: ['c', 'diff'],
  });
  return highlighter;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One HTML string per input line, tokens coloured for both themes. */
export async function highlightLines(
  lines: readonly string[],
  lang: Lang = 'c',
): Promise<string[]> {
  const shiki = await getHighlighter();
  const { tokens } = shiki.codeToTokens(lines.join('\n'), {
    lang,
    themes: { light: CODE_THEMES.light, dark: CODE_THEMES.dark },
    defaultColor: false,
    // Shiki gives up on a line after 500 ms by default and leaves it uncoloured: on a loaded
    // build machine that silently dropped highlighting (and failed the contrast test). The build
    // has time; every line is highlighted.
    tokenizeTimeLimit: 0,
  });
  return tokens.map((line) =>
    line
      .map(
        (token) =>
          `<span style="${tokenStyle(token.htmlStyle)}">${escapeHtml(token.content)}</span>`,
      )
      .join(''),
  );
}

/** A map from each distinct line of code to its highlighted HTML, for islands to look up. */
export async function highlightMap(lines: Iterable<string>): Promise<Record<string, string>> {
  const distinct = [...new Set(lines)];
  const html = await highlightLines(distinct);
  return Object.fromEntries(distinct.map((line, i) => [line, html[i]]));
}
