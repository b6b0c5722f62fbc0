import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rehypeGlossaryLinks } from '../../src/site/glossary-links';
import { GLOSSARY_FILE, glossaryTerms } from '../../src/site/glossary-terms';

type Node = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
};
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, ...children: Node[]): Node => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const links = (node: Node): string[] =>
  node.tagName === 'a' ? [String(node.properties?.href)] : (node.children ?? []).flatMap(links);

describe('glossary', () => {
  const terms = glossaryTerms(readFileSync(GLOSSARY_FILE, 'utf8'));

  it('maps code terms and plain terms to Starlight-style anchors', () => {
    expect(terms.code.get('balloon_pages_lock')).toBe('balloon_pages_lock');
    expect(terms.code.get('balloon_page_isolate')).toBe('balloon_page_isolate');
    expect(terms.code.get('b_dev_info')).toBe('balloon_dev_info-b_dev_info');
    expect(terms.words.get('compaction')).toBe('compaction');
  });

  it('links the first use of each term in a lesson, and only the first', () => {
    const tree = el(
      'root',
      el('h2', el('code', text('balloon_pages_lock'))),
      el(
        'p',
        text('During compaction, '),
        el('code', text('balloon_page_isolate()')),
        text(' takes '),
      ),
      el(
        'p',
        el('code', text('balloon_pages_lock')),
        text(' and compaction goes on with '),
        el('code', text('balloon_pages_lock')),
      ),
      el('pre', el('code', text('spin_lock(&balloon_pages_lock);'))),
    );
    rehypeGlossaryLinks()(tree, { path: '/work/main/content/lessons/07-the-fix.mdx' });
    expect(links(tree)).toEqual([
      '/glossary/#compaction',
      '/glossary/#balloon_page_isolate',
      '/glossary/#balloon_pages_lock',
    ]);
  });

  it('leaves pages other than lessons alone', () => {
    const tree = el('root', el('p', el('code', text('balloon_pages_lock'))));
    rehypeGlossaryLinks()(tree, { path: '/work/main/content/pages/glossary.mdx' });
    expect(links(tree)).toEqual([]);
  });

  const run = (...children: Node[]) => {
    const tree = el('root', ...children);
    rehypeGlossaryLinks()(tree, { path: '/work/main/content/lessons/08-x.mdx' });
    return links(tree);
  };

  it('never links a plain term inside an identifier or id', () => {
    expect(
      run(el('p', text('Pick the scenario migrate-vs-deflate, then core-test-and-set.'))),
    ).toEqual([]);
    expect(run(el('p', el('strong', text('migrate-vs-deflate'))))).toEqual([]);
    expect(run(el('p', text('The vb.deflate field, and deflate_pages() too.')))).toEqual([]);
    // The same words standing alone are still linked.
    expect(run(el('p', text('Then deflate, and compaction.')))).toEqual([
      '/glossary/#deflate',
      '/glossary/#compaction',
    ]);
  });

  it('never links inside block quotations or the q element', () => {
    expect(
      run(
        el('blockquote', el('p', text('the core will still lock the pages during compaction'))),
        el('p', el('q', text('compaction'))),
      ),
    ).toEqual([]);
  });

  it('never links inside quotation marks, even across inline elements, and resumes after them', () => {
    expect(
      run(
        el(
          'p',
          text('The comment says “Isolated balloon pages cannot get '),
          el('em', text('deflated during compaction')),
          text('.” Only then does compaction go on.'),
        ),
      ),
    ).toEqual(['/glossary/#compaction']);
    expect(
      run(el('p', text('It says "a deflate" and '), el('code', text('balloon_pages_lock')))),
    ).toEqual(['/glossary/#balloon_pages_lock']);
    expect(
      run(el('p', text('“Note that '), el('code', text('balloon_pages_lock')), text(' …”'))),
    ).toEqual([]);
  });

  it('starts every paragraph outside quotations, even after an unclosed quote', () => {
    expect(run(el('p', text('An opening “ never closed')), el('p', text('compaction')))).toEqual([
      '/glossary/#compaction',
    ]);
  });

  it('never links inside code blocks or code spans that are not a whole term', () => {
    expect(
      run(
        el('pre', el('code', text('compaction'))),
        el('p', el('code', text('spin_lock(&balloon_pages_lock)'))),
      ),
    ).toEqual([]);
  });
});
