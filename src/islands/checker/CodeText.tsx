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
