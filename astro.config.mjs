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
import { offlineReading } from './src/site/offline.ts';
import { searchRanking } from './src/site/search-ranking.ts';

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
        './src/styles/print.css',
        './src/styles/offline.css',
      ],
      pagination: true,
      // Lessons and pages live in content/, not src/content/docs: without this, Starlight's
      // Markdown pipeline (heading anchor links, asides, RTL code) would skip them.
      markdown: { processedDirs: ['./content/'] },
    }),
    preact(),
    contentSecurityPolicy(),
    offlineReading(),
  ],
});
