/**
 * One simplified kernel line, highlighted at build time when the page passed its HTML (islands
 * never load Shiki); plain text otherwise.
 */
export type CodeMap = Record<string, string>;

export function CodeText({ line, code }: { line: string; code: CodeMap }) {
  const html = code[line];
  return html ? (
    <code class="bl-code" dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <code class="bl-code">{line}</code>
  );
}

/**
 * Model sentences quote kernel code in Markdown backticks ("runs `list_del(&page->lru);` in
 * …"): shown as text, the backticks would appear literally. This renders each quoted span as
 * <code> and the rest as text (JSX children: nothing in the sentence is parsed as HTML).
 */
export function Prose({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd number of backticks leaves the last one unmatched: it stays as a literal character.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</>;
}
