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

/** The text with only prose left visible, same length and line breaks as the input. */
export function proseOnly(mdx: string): string {
  let text = blankAll(mdx, /^---\n[\s\S]*?\n---\n/); // frontmatter
  text = blankAll(text, /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm); // fenced code
  text = blankAll(text, /^(import|export)\s[^\n]*$/gm); // MDX imports and exports
  text = blankAll(text, /\{\/\*[\s\S]*?\*\/\}/g); // MDX comments
  text = blankAll(text, /`[^`\n]+`/g); // inline code
  text = blankAll(text, /<svg[\s\S]*?<\/svg>/g); // inline pictures have their own check
  text = blankAll(text, /<\/?[A-Za-z][^<>]*?\/?>/g); // tags and their attributes
  text = blankAll(text, /\]\([^)\s]*\)/g); // link targets
  text = blankAll(text, /"[^"]*"|“[^”]*”/g); // quotations, e.g. commit subjects
  return text;
}

/** 1-based line and column of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
