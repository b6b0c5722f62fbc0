/**
 * Adds `client:visible-preload` (directive.ts) and, after the build, writes into every island
 * that uses it the chunks its first use needs (closure.ts) as a data-preload attribute. The
 * directive's value names the lazily loaded parts that first use fetches, by source module
 * (`client:visible-preload={['engine', 'StepTable']}`). A part that is not one chunk in the build
 * fails the build, naming the page and the part. List it before the integrations that hash or
 * cache the built pages (CSP, offline).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../dist-files';
import { firstUseChunks } from './closure';

const ISLAND = /<astro-island\b[^>]*\bclient="visible-preload"[^>]*>/g;

/** An attribute's raw (still HTML-escaped) value in a start tag, or ''. */
const attribute = (tag: string, name: string): string =>
  [...tag.matchAll(/\s([\w-]+)="([^"]*)"/g)].find((m) => m[1] === name)?.[2] ?? '';

const unescape = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The page with a data-preload attribute on each visible-preload island (`chunks` reads the build). */
export function withPreloads(
  html: string,
  chunks: (island: string, parts: string[]) => string[],
): string {
  return html.replace(ISLAND, (tag) => {
    if (tag.includes(' data-preload=')) return tag;
    const url = attribute(tag, 'component-url');
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    const { value } = JSON.parse(unescape(attribute(tag, 'opts'))) as { value: unknown };
    const parts = Array.isArray(value) ? value.map(String) : [];
    // Beside the island's own URL, as file names: the browser asks for the renderer and the
    // island from their attributes (directive.ts), so the list leaves them out.
    const island = url.slice(dir.length);
    const names = chunks(island, parts).filter((file) => file !== island);
    // The directive reads the list, not its value: the part names need not ship.
    const opts = attribute(tag, 'opts');
    const shipped = opts.replace(/&quot;value&quot;:\[[^\]]*\]/, '&quot;value&quot;:true');
    return tag.replace(opts, shipped).replace(/>$/, ` data-preload="${names.join(' ')}">`);
  });
}

export function islandPreloads(): AstroIntegration {
  return {
    name: 'balloon-lab:island-preloads',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'visible-preload',
          entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)),
        });
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const assets = join(root, '_astro');
        const files = readdirSync(assets);
        const code = new Map<string, string>();
        const read = (file: string) =>
          code.get(file) ?? code.set(file, readFileSync(join(assets, file), 'utf8')).get(file)!;
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('client="visible-preload"')) continue;
          try {
            writeFileSync(
              file,
              withPreloads(html, (island, parts) => firstUseChunks(island, parts, files, read)),
            );
          } catch (error) {
            throw new Error(`${file}: ${(error as Error).message}`);
          }
        }
      },
    },
  };
}
