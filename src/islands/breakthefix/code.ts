/**
 * The code panel: the simplified balloon callbacks the toggles change, cut out of the CPUs'
 * listings, with every line that differs from the patched code marked.
 */
import type { ListingLine } from '../../model';

/** One function as the panel shows it. */
export interface CodeBlock {
  fn: string;
  file: string;
  lines: Array<{ code: string; lineId: string; changed: boolean }>;
}

/** The functions shown, and the kernel functions whose lines belong to each. */
const SHOWN: Array<{ fn: string; from: 'isolate' | 'deflate'; parts: string[] }> = [
  { fn: 'balloon_page_isolate', from: 'isolate', parts: ['balloon_page_isolate'] },
  { fn: 'balloon_page_migrate', from: 'isolate', parts: ['balloon_page_migrate'] },
  {
    fn: 'balloon_page_list_dequeue',
    from: 'deflate',
    parts: ['balloon_page_list_dequeue', 'balloon_page_finalize'],
  },
];

/** Listings of the compaction CPU and the deflating CPU, now and under the patched code. */
export interface Listings {
  isolate: ListingLine[];
  deflate: ListingLine[];
  patched: { isolate: ListingLine[]; deflate: ListingLine[] };
}

export function codeBlocks(listings: Listings): CodeBlock[] {
  return SHOWN.map(({ fn, from, parts }) => {
    const patchedIds = new Set(listings.patched[from].map((l) => l.lineId));
    const lines = listings[from].filter((l) => parts.includes(l.fn));
    return {
      fn,
      file: 'mm/balloon_compaction.c',
      lines: lines.map((l) => ({
        code: l.code,
        lineId: l.lineId,
        changed: !patchedIds.has(l.lineId),
      })),
    };
  });
}
