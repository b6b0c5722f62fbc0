/**
 * Data a page holds once for its islands. A widget's bulky data (a scenario, the highlighted code
 * of all its variants, a trace's rows) is printed as <script type="application/json"
 * id="key"> before the island rather than copied into the island's props, which Astro
 * would wrap value by value and escape for an attribute; the island's props carry the key. Keys
 * name their content (src/components/lib/islandData.ts), so two labs of one scenario, or a lab
 * and a checker of it, need one block: the build keeps the first of each key on a page
 * (src/site/page-data.ts), which is always before every island that reads it.
 */
import { highlightedHtml, type HighlightedLines } from './highlighted';

/** What each key holds, for the islands' render at build time (no document there). */
const built = new Map<string, unknown>();

/** Build time: records a block's value under its key (src/components/lib/islandData.ts). */
export function provideData(key: string, value: unknown): void {
  built.set(key, value);
}

/** The value of the page's block `key`: read from the page in the browser, from the build on the server. */
export function pageData<T>(key: string): T {
  if (import.meta.env.SSR) return built.get(key) as T;
  return JSON.parse(document.getElementById(key)!.textContent!) as T;
}

/** A code block's lines as HTML, keyed by the line, as the code views look lines up. */
export const pageCode = (key: string): Record<string, string> =>
  highlightedHtml(pageData<HighlightedLines>(key));
