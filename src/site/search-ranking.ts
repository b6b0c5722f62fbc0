/**
 * What search finds, and in which order. Runs on the built HTML just before Starlight's Pagefind
 * indexing (so list it before starlight() in astro.config.mjs):
 * - the course (lessons and course pages) ranks first: author-facing pages (/authoring/, the
 *   /widgets/ reference pages) weigh a tenth, and every page carries a `section` filter
 *   (Course or Authoring) so authors can still narrow search to their pages;
 * - text that exists only for screen readers (`sr-only`, e.g. a diff's "removed:" markers) stays
 *   out of the index and so out of result excerpts;
 * - a widget's title is no search result of its own (it is a label, not a section).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './dist-files';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const AUTHORING = /^\/(authoring|widgets)\//;
const LOW_WEIGHT = '0.1';

/** Adds an attribute to every start tag matching `tag`, unless the tag already has it. */
function mark(html: string, tag: RegExp, attribute: string): string {
  const name = attribute.split('=')[0];
  return html.replace(tag, (start) =>
    start.includes(`${name}=`) || start.includes(` ${name} `) || start.includes(` ${name}>`)
      ? start
      : start.replace(/^<[a-z0-9]+/i, (open) => `${open} ${attribute}`),
  );
}

/** The page's HTML, marked for Pagefind; `path` is its URL path (/lessons/the-fix/). */
export function rankForSearch(html: string, path: string): string {
  if (!html.includes('data-pagefind-body')) return html;
  const authoring = AUTHORING.test(path);
  let out = mark(
    html,
    /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/i,
    `data-pagefind-filter="section:${authoring ? 'Authoring' : 'Course'}"`,
  );
  out = mark(
    out,
    /<[a-z0-9]+\b[^>]*\bclass="[^"]*\bsr-only\b[^"]*"[^>]*>/gi,
    'data-pagefind-ignore',
  );
  out = mark(
    out,
    /<h[1-6]\b[^>]*\bclass="[^"]*\bbl-widget-title\b[^"]*"[^>]*>/gi,
    'data-pagefind-ignore',
  );
  if (authoring) {
    out = mark(
      out,
      /<[a-z]+\b[^>]*\bdata-pagefind-body\b[^>]*>/i,
      `data-pagefind-weight="${LOW_WEIGHT}"`,
    );
    // Headings carry Pagefind's own weights (h1 7 … h6 2), which an ancestor's weight does not
    // override: lower each one explicitly.
    out = mark(out, /<h[1-6]\b[^>]*>/gi, `data-pagefind-weight="${LOW_WEIGHT}"`);
  }
  return out;
}

export function searchRanking(): AstroIntegration {
  return {
    name: 'balloon-lab:search-ranking',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of htmlFiles(root)) {
          const path =
            '/' +
            relative(root, file)
              .split(sep)
              .join('/')
              .replace(/index\.html$/, '');
          writeFileSync(file, rankForSearch(readFileSync(file, 'utf8'), path));
        }
      },
    },
  };
}
