/**
 * Splits an MDX lesson into what the content lint reads: its prose lines, with everything that is
 * not prose (frontmatter, imports, fenced code, inline code, JSX/HTML tags and their attributes)
 * blanked out. Blanking (instead of deleting) keeps line and column numbers right for messages.
 */

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Blanks every match of `pattern` in `text`. */
function blankAll(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => blank(match));
}

/**
 * The text without frontmatter, fenced code and MDX comments (same length and line breaks), for
 * rules that read inline code and component props too.
 */
export function withoutCode(mdx: string): string {
  let text = blankAll(mdx, /^---\n[\s\S]*?\n---\n/);
  text = blankAll(text, /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm);
  return blankAll(text, /\{\/\*[\s\S]*?\*\/\}/g);
}

/** The text with only prose left visible, same length and line breaks as the input. */
export function proseOnly(mdx: string): string {
  let text = blankAll(mdx, /^---\n[\s\S]*?\n---\n/); // frontmatter
  text = blankAll(text, /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm); // fenced code
  text = blankAll(text, /^(import|export)\s[^\n]*$/gm); // MDX imports and exports
  text = blankAll(text, /\{\/\*[\s\S]*?\*\/\}/g); // MDX comments
  text = blankAll(text, /`[^`\n]+`/g); // inline code
  text = blankAll(text, /<code\b[^>]*>[\s\S]*?<\/code>/g); // inline code written as HTML
  text = blankAll(text, /<svg[\s\S]*?<\/svg>/g); // inline pictures have their own check
  text = blankTags(text); // tags and their attributes; children stay prose
  text = blankAll(text, /^\s*>.*$/gm); // block quotations (the patch's own words)
  text = blankAll(text, /\]\([^)\s]*\)/g); // link targets
  text = blankAll(text, /"[^"]*"|“[^”]*”/g); // quotations, e.g. commit subjects
  return text;
}

/**
 * Blanks every JSX/HTML tag, attributes included. Attributes may hold quoted strings and {…}
 * expressions spanning lines, with '>' inside them (`page->private`), so a regular expression
 * cannot find the tag's end: this scans, skipping quotes and balanced braces.
 */
function blankTags(text: string): string {
  const out = text.split('');
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '<' || !/[A-Za-z/]/.test(text[i + 1] ?? '')) continue;
    const end = tagEnd(text, i + 1);
    for (let j = i; j <= end; j++) if (out[j] !== '\n') out[j] = ' ';
    i = end;
  }
  return out.join('');
}

/** The index of the '>' that closes the tag opened before `start`. */
function tagEnd(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote && text[i - 1] !== '\\') quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '>' && depth === 0) return i;
  }
  return text.length - 1;
}

/** 1-based line and column of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
