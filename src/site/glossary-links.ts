/**
 * A rehype plugin that links the first use of every glossary term in each lesson to its glossary
 * entry: inline code that names a term (`balloon_pages_lock`), and plain terms in running text
 * ("compaction"). Headings, links, code blocks, block quotations and words inside quotation marks
 * are left alone, because a link inside someone else's words (a kernel comment, the commit
 * message) changes what they look like they say. A plain term is never linked inside an
 * identifier or id: "deflate" in `migrate-vs-deflate` or in migrate-vs-deflate is part of a name.
 * Being automatic, a new lesson is linked without anyone remembering to, and the e2e link check
 * proves every link lands.
 */
import { readFileSync } from 'node:fs';
import {
  GLOSSARY_FILE,
  GLOSSARY_URL,
  glossaryTerms,
  normaliseCode,
  type GlossaryTerms,
} from './glossary-terms';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const SKIP = new Set([
  'a',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'summary',
  'blockquote',
  'q',
  'kbd',
  'samp',
  'svg',
  'script',
  'style',
]);

/** Inline elements share their paragraph's quotation state; any other element starts afresh. */
const INLINE = new Set(['em', 'strong', 'b', 'i', 'span', 'small', 'mark', 'abbr', 'sub', 'sup']);

/** How deep the walk is inside quotation marks, carried across the text nodes of one block. */
interface QuoteState {
  depth: number;
}

const link = (anchor: string, children: HastNode[]): HastNode => ({
  type: 'element',
  tagName: 'a',
  properties: { href: `${GLOSSARY_URL}#${anchor}`, className: ['glossary-link'] },
  children,
});

const textOf = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Links terms below `node`; `seen` holds the anchors already linked in this lesson. */
function linkTerms(
  node: HastNode,
  terms: GlossaryTerms,
  words: RegExp | null,
  seen: Set<string>,
  quote: QuoteState = { depth: 0 },
) {
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'element' && child.tagName === 'code') {
      const anchor = terms.code.get(normaliseCode(textOf(child)));
      if (anchor && quote.depth === 0 && !seen.has(anchor)) {
        seen.add(anchor);
        children[i] = link(anchor, [child]);
      }
    } else if (child.type === 'element' && !SKIP.has(child.tagName ?? '')) {
      const inline = INLINE.has(child.tagName ?? '');
      linkTerms(child, terms, words, seen, inline ? quote : { depth: 0 });
    } else if (child.type === 'text') {
      const replaced = linkText(child.value ?? '', terms, words, seen, quote);
      if (replaced) {
        children.splice(i, 1, ...replaced);
        i += replaced.length - 1;
      }
    }
  }
}

/**
 * The text's stretches outside quotation marks, as [start, end) pairs, updating `quote` as it
 * goes: “ opens, ” closes, a straight " toggles. Single quotes are apostrophes too often to count.
 */
export function unquotedRanges(text: string, quote: QuoteState): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '“' && c !== '”' && c !== '"') continue;
    if (quote.depth === 0 && i > from) ranges.push([from, i]);
    if (c === '“') quote.depth++;
    else if (c === '”') quote.depth = Math.max(0, quote.depth - 1);
    else quote.depth = quote.depth === 0 ? 1 : 0;
    from = i + 1;
  }
  if (quote.depth === 0 && from < text.length) ranges.push([from, text.length]);
  return ranges;
}

/** The text node's replacement with plain terms linked outside quotations, or null. */
function linkText(
  text: string,
  terms: GlossaryTerms,
  words: RegExp | null,
  seen: Set<string>,
  quote: QuoteState,
): HastNode[] | null {
  const ranges = unquotedRanges(text, quote);
  if (!words) return null;
  const out: HastNode[] = [];
  let done = 0;
  for (const [start, end] of ranges) {
    const linked = linkWords(text.slice(start, end), terms, words, seen);
    if (!linked) continue;
    out.push({ type: 'text', value: text.slice(done, start) }, ...linked);
    done = end;
  }
  if (out.length === 0) return null;
  out.push({ type: 'text', value: text.slice(done) });
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}

/** Splits a text node around the first unseen plain term in it, or returns null. */
function linkWords(
  text: string,
  terms: GlossaryTerms,
  words: RegExp,
  seen: Set<string>,
): HastNode[] | null {
  for (const match of text.matchAll(words)) {
    const anchor = terms.words.get(match[0].toLowerCase());
    if (!anchor || seen.has(anchor)) continue;
    seen.add(anchor);
    const end = match.index + match[0].length;
    return [
      { type: 'text', value: text.slice(0, match.index) },
      link(anchor, [{ type: 'text', value: match[0] }]),
      ...(linkWords(text.slice(end), terms, words, seen) ?? [
        { type: 'text', value: text.slice(end) },
      ]),
    ];
  }
  return null;
}

/** The plugin; only files under content/lessons/ are touched. */
export function rehypeGlossaryLinks(options: { glossary?: string } = {}) {
  return (tree: HastNode, file: { path?: string }) => {
    if (!file.path?.includes('content/lessons/')) return;
    const terms = glossaryTerms(readFileSync(options.glossary ?? GLOSSARY_FILE, 'utf8'));
    const alternatives = [...terms.words.keys()].sort((a, b) => b.length - a.length).map(escape);
    // Not next to a letter, digit, underscore, hyphen or dot: then it is part of an identifier.
    const words = alternatives.length
      ? new RegExp(`(?<![\\w\\-.>/])(?:${alternatives.join('|')})(?![\\w\\-(/])`, 'gi')
      : null;
    linkTerms(tree, terms, words, new Set());
  };
}
