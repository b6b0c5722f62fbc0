/**
 * One copy of each island data block per page. Widgets print the blocks their islands read
 * (src/components/lib/islandData.ts) just before the island, so a page with two labs of one
 * scenario, or a lab and a checker of it, prints the same block twice; after the build each
 * page keeps only the first of each key, which comes before every island that reads it (a key
 * names its content, so the copies are identical). The dev server skips this: its pages are
 * only larger.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './dist-files';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const BLOCK = /<script type="application\/json" id="([\w-]+:[\w-]+:[\w-]{8})">[^<]*<\/script>/g;

/** The page with every data block after the first of its key removed. */
export function withoutRepeatedData(html: string): string {
  const seen = new Set<string>();
  return html.replace(BLOCK, (block, key: string) => {
    if (seen.has(key)) return '';
    seen.add(key);
    return block;
  });
}

/** List it before the integrations that hash or cache the built pages (CSP, offline). */
export function islandDataOnce(): AstroIntegration {
  return {
    name: 'balloon-lab:island-data',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('<script type="application/json" id=')) continue;
          const once = withoutRepeatedData(html);
          if (once !== html) writeFileSync(file, once);
        }
      },
    },
  };
}
