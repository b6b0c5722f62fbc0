// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { CODE_THEMES } from './src/site/code-themes.mjs';
import { courseSidebar } from './src/site/sidebar.ts';
import { courseValidation } from './src/site/integration.ts';
import { rehypeGlossaryLinks } from './src/site/glossary-links.ts';
import { PLACEHOLDER_SITE, siteAddressNotice } from './src/site/site-address.ts';
import { contentSecurityPolicy } from './src/site/csp.ts';
import { islandDataOnce } from './src/site/page-data.ts';
import { islandPreloads } from './src/site/preload/integration.ts';
import { offlineReading } from './src/site/offline.ts';
import { searchRanking } from './src/site/search-ranking.ts';

/**
 * Every file gzips on its own, so the thirty small chunks Rollup split the lab into cost kilobytes
 * more than the same code in a few. Two groups always load together on a page with a widget:
 * Preact with its hooks and JSX runtime, and the model's core that every lab and checker runs
 * (the programs and ops, one step, the run's tape and link, outcomes). The model's lazily loaded
 * parts (the cause finder, the hint graph, the explorer's reductions) keep their own chunks.
 */
const MODEL_CORE =
  /\/src\/model\/(?:programs\/.*|ops|variants|state|program|lifecycle|step|invariants|status|outcome|listing|schedule|suggest|challenge\/goal|run\/(?:link|check|tape|why))\.ts$/;
const PREACT = /\/node_modules\/preact\/(?:dist|hooks\/dist|jsx-runtime\/dist)\//;
/** @param {string} id */
const fewerChunks = (id) =>
  MODEL_CORE.test(id) ? 'model' : PREACT.test(id) ? 'preact' : undefined;

/**
 * The client build's chunking, for the lab budget (issue 14): an island whose module also feeds
 * the lab's lazily loaded parts keeps its real chunk as the entry (no re-export stub to fetch
 * first), and the checker's module worker is built as a chunk of the page's own build, so it
 * imports the model chunk the page has already fetched instead of bundling a second copy.
 * Rollup's `import.meta.ROLLUP_FILE_URL_*` gives the page the worker chunk's hashed URL. And the
 * model's core and Preact go into one chunk each (fewerChunks).
 */
function sharedChunks() {
  const WORKER_URL = /new URL\((['"])(\.\/[\w.-]+\.worker\.ts)\1,\s*import\.meta\.url\)/g;
  /** @type {import('vite').Plugin} */
  const workerAsChunk = {
    name: 'balloon-lab:worker-as-chunk',
    enforce: 'pre',
    async transform(code, id) {
      if (!code.includes('.worker.ts')) return null;
      const found = [...code.matchAll(WORKER_URL)];
      if (found.length === 0) return null;
      let out = code;
      for (const [expression, , file] of found) {
        const resolved = await this.resolve(file, id);
        if (!resolved) continue;
        const ref = this.emitFile({ type: 'chunk', id: resolved.id, preserveSignature: false });
        out = out.replace(expression, `new URL(import.meta.ROLLUP_FILE_URL_${ref})`);
      }
      return { code: out, map: null };
    },
  };
  return {
    name: 'balloon-lab:shared-chunks',
    hooks: {
      /** @param {{ vite: import('vite').InlineConfig, target: string }} options */
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'client') return;
        vite.plugins = [...(vite.plugins ?? []), workerAsChunk];
        const rollup = (vite.build ??= {}).rollupOptions ?? {};
        const output = Array.isArray(rollup.output) ? rollup.output : [rollup.output ?? {}];
        vite.build.rollupOptions = {
          ...rollup,
          preserveEntrySignatures: 'allow-extension',
          output: output.map((o) => ({ ...o, manualChunks: fewerChunks })),
        };
      },
    },
  };
}

// The public address the site is deployed at (canonical links, sitemap). Set BALLOON_LAB_SITE
// when deploying; the build says so when it is unset.
const site = process.env.BALLOON_LAB_SITE ?? PLACEHOLDER_SITE;

export default defineConfig({
  site,
  // Starlight prefetches every link on hover (1 KB of script on every page). The offline service
  // worker (src/site/offline.ts) already holds every page after the first visit, so reading pages
  // keep that kilobyte.
  prefetch: false,
  // Lessons link the first use of every glossary term to its entry.
  markdown: { rehypePlugins: [rehypeGlossaryLinks] },
  vite: {
    resolve: {
      // Starlight's search imports Pagefind's UI as soon as a page is idle (27 KB gzip on every
      // page); this stand-in loads it only when the reader reaches for search.
      alias: [
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(
            new URL('./src/site/search/lazy-pagefind.ts', import.meta.url),
          ),
        },
      ],
    },
  },
  integrations: [
    siteAddressNotice(),
    courseValidation(),
    // Before starlight(): it marks the built pages that Starlight's Pagefind step then indexes.
    searchRanking(),
    starlight({
      title: 'Balloon Lab',
      description:
        'An interactive course on why Linux balloon pages stopped using the page lock and now synchronize only with balloon_pages_lock.',
      sidebar: courseSidebar(),
      expressiveCode: { themes: [CODE_THEMES.dark, CODE_THEMES.light] },
      components: {
        Search: './src/components/overrides/Search.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
      },
      customCss: [
        './src/styles/site.css',
        './src/styles/code.css',
        './src/styles/widgets.css',
        './src/styles/findings.css',
        './src/styles/print.css',
        './src/styles/offline.css',
      ],
      pagination: true,
      // Lessons and pages live in content/, not src/content/docs: without this, Starlight's
      // Markdown pipeline (heading anchor links, asides, RTL code) would skip them.
      markdown: { processedDirs: ['./content/'] },
    }),
    preact(),
    islandDataOnce(),
    islandPreloads(),
    contentSecurityPolicy(),
    offlineReading(),
    sharedChunks(),
  ],
});
