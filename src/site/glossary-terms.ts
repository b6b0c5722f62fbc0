/**
 * The glossary's terms and their anchors, read from content/pages/glossary.mdx: every `##`
 * heading is an entry. Each identifier written in code inside a heading is a term (`page->private`,
 * `balloon_page_isolate()` …), and so is a plain heading's wording without its parenthesis
 * ("Compaction", "Page lock"). Anchors are made the way Starlight makes heading ids.
 */
import GithubSlugger from 'github-slugger';

export const GLOSSARY_FILE = 'content/pages/glossary.mdx';
export const GLOSSARY_URL = '/glossary/';

export interface GlossaryTerms {
  /** Code terms, normalised (no trailing "()"), → anchor. */
  code: Map<string, string>;
  /** Plain terms, lower case, → anchor. */
  words: Map<string, string>;
}

/** `balloon_page_isolate()` and `balloon_page_isolate` are the same term. */
export const normaliseCode = (text: string): string => text.trim().replace(/\(\)$/, '');

/** Every entry's terms and anchors. */
export function glossaryTerms(mdx: string): GlossaryTerms {
  const slugger = new GithubSlugger();
  const terms: GlossaryTerms = { code: new Map(), words: new Map() };
  for (const [, heading] of mdx.matchAll(/^## (.+)$/gm)) {
    const anchor = slugger.slug(heading.replace(/`/g, ''));
    const codes = [...heading.matchAll(/`([^`]+)`/g)].map((m) => normaliseCode(m[1]));
    for (const code of codes) if (!terms.code.has(code)) terms.code.set(code, anchor);
    const plain = heading.replace(/\s*\(.*\)\s*$/, '').trim();
    if (!plain.includes('`')) terms.words.set(plain.toLowerCase(), anchor);
  }
  return terms;
}
