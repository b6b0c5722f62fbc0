/**
 * Model sentences quote code in Markdown backticks ("CPU A unlinks P at `list_del(&page->lru);`").
 * In the lab they read as code: each backticked span becomes a <code>, the rest stays text.
 */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd count of backticks leaves the last one unmatched: show the text as it is.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
