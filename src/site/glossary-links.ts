/**
 * A rehype plugin that links the first use of every glossary term in each lesson to its glossary
 * entry: inline code that names a term (`balloon_pages_lock`), and plain terms in running text
 * ("compaction"). Headings, links and code blocks are left alone. Being automatic, a new lesson is
 * linked without anyone remembering to, and the e2e link check proves every link lands.
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
  'svg',
  'script',
  'style',
]);

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
function linkTerms(node: HastNode, terms: GlossaryTerms, words: RegExp | null, seen: Set<string>) {
  const children = node.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'element' && child.tagName === 'code') {
      const anchor = terms.code.get(normaliseCode(textOf(child)));
      if (anchor && !seen.has(anchor)) {
        seen.add(anchor);
        children[i] = link(anchor, [child]);
      }
    } else if (child.type === 'element' && !SKIP.has(child.tagName ?? '')) {
      linkTerms(child, terms, words, seen);
    } else if (child.type === 'text' && words) {
      const replaced = linkWords(child.value ?? '', terms, words, seen);
      if (replaced) {
        children.splice(i, 1, ...replaced);
        i += replaced.length - 1;
      }
    }
  }
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
    const words = alternatives.length
      ? new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi')
      : null;
    linkTerms(tree, terms, words, new Set());
  };
}
