/**
 * Build-time syntax highlighting for the widgets, with the same light and dark themes as
 * Starlight's code blocks. Each token's pair of colours is one of TOKEN_COLOURS, a class of
 * src/styles/code.css, so a line becomes its text with a short <span class=t…> around each token
 * that is not plain (src/islands/lib/highlighted.ts). Islands get the tokens as data
 * (highlightData), not the HTML. Shiki runs only here, at build time, and never reaches a client
 * bundle.
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

/**
 * Every token colour the course's code takes (both themes, contrast raised), in class order:
 * index n is `.bl-code .t<n>` in src/styles/code.css, and index 0 is the plain colour of
 * `.bl-code` itself, whose tokens get no element. tests/components/highlighted.test.ts holds
 * code.css to this list.
 */
export const TOKEN_COLOURS = [
  '--shiki-light:#24292E;--shiki-dark:#E1E4E8',
  '--shiki-light:#B7313E;--shiki-dark:#F97583',
  '--shiki-light:#6F42C1;--shiki-dark:#B392F0',
  '--shiki-light:#AA4A07;--shiki-dark:#FFAB70',
  '--shiki-light:#005CC5;--shiki-dark:#79B8FF',
  '--shiki-light:#5F6871;--shiki-dark:#979DA4',
] as const;

/** A token colour's class; a colour the list lacks fails the build, saying what to add. */
function tokenClass(style: string, line: string): number {
  const at = (TOKEN_COLOURS as readonly string[]).indexOf(style);
  if (at >= 0) return at;
  throw new Error(
    `highlight: the token colour "${style}" (in "${line}") has no class: add it to TOKEN_COLOURS in src/components/lib/highlight.ts and as .bl-code .t${TOKEN_COLOURS.length} in src/styles/code.css`,
  );
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
 * opened), each line's tokens as [class, length] pairs; neighbours of one class are one token.
 */
async function tokenRuns(lines: readonly string[], lang: Lang): Promise<number[][]> {
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
  return lines.map((line, i) => {
    const runs: number[] = [];
    for (const t of tokens[i] ?? []) {
      const kind = tokenClass(tokenStyle(t.htmlStyle), line);
      if (runs.length > 0 && runs[runs.length - 2] === kind)
        runs[runs.length - 1] += t.content.length;
      else runs.push(kind, t.content.length);
    }
    return runs;
  });
}

/** One HTML string per input line, tokens coloured for both themes. */
export async function highlightLines(
  lines: readonly string[],
  lang: Lang = 'c',
): Promise<string[]> {
  const runs = await tokenRuns(lines, lang);
  return lines.map((line, i) => lineHtml(line, runs[i]));
}

/** Each distinct line's tokens as data, for an island's props (see islands/lib/highlighted). */
export async function highlightData(lines: Iterable<string>): Promise<HighlightedLines> {
  const distinct = [...new Set(lines)];
  const runs = await tokenRuns(distinct, 'c');
  return Object.fromEntries(distinct.map((line, i) => [line, runs[i]]));
}

/** A map from each distinct line of code to its highlighted HTML, for islands to look up. */
export async function highlightMap(lines: Iterable<string>): Promise<Record<string, string>> {
  return highlightedHtml(await highlightData(lines));
}
