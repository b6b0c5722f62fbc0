/**
 * Build-time syntax highlighting for the widgets, with the same light and dark themes as
 * Starlight's code blocks. Each line becomes a string of <span>s whose colours are CSS variables
 * (--shiki-light, --shiki-dark); src/styles/code.css picks one by the page's theme. Islands get
 * the tokens as data (highlightData, src/islands/lib/highlighted.ts), not the HTML. Shiki runs only
 * here, at build time, and never reaches a client bundle.
 */
import { createHighlighter, type Highlighter } from 'shiki';
import { CODE_THEMES } from '../../site/code-themes.mjs';
import { ensureContrast } from './contrast';
import { highlightedHtml, lineHtml, type HighlightedLines } from '../../islands/lib/highlighted';

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

/**
 * The lines highlighted as one piece of code (a line may continue a comment the line before it
 * opened), each line's tokens as [style, length] pairs over a shared list of styles.
 */
async function tokenRuns(
  lines: readonly string[],
  lang: Lang,
): Promise<{ styles: string[]; runs: number[][] }> {
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
  const styles: string[] = [];
  const styleIndex = (style: string): number => {
    const known = styles.indexOf(style);
    return known >= 0 ? known : styles.push(style) - 1;
  };
  const runs = lines.map((_, i) =>
    (tokens[i] ?? []).flatMap((t) => [styleIndex(tokenStyle(t.htmlStyle)), t.content.length]),
  );
  return { styles, runs };
}

/** One HTML string per input line, tokens coloured for both themes. */
export async function highlightLines(
  lines: readonly string[],
  lang: Lang = 'c',
): Promise<string[]> {
  const { styles, runs } = await tokenRuns(lines, lang);
  return lines.map((line, i) => lineHtml(line, runs[i], styles));
}

/** Each distinct line's tokens as data, for an island's props (see islands/lib/highlighted). */
export async function highlightData(lines: Iterable<string>): Promise<HighlightedLines> {
  const distinct = [...new Set(lines)];
  const { styles, runs } = await tokenRuns(distinct, 'c');
  return { styles, runs: Object.fromEntries(distinct.map((line, i) => [line, runs[i]])) };
}

/** A map from each distinct line of code to its highlighted HTML, for islands to look up. */
export async function highlightMap(lines: Iterable<string>): Promise<Record<string, string>> {
  return highlightedHtml(await highlightData(lines));
}
