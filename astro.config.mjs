// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { CODE_THEMES } from './src/site/code-themes.mjs';
import { courseSidebar } from './src/site/sidebar.ts';
import { courseValidation } from './src/site/integration.ts';
import { rehypeGlossaryLinks } from './src/site/glossary-links.ts';

// The public address the site is deployed at (canonical links, sitemap). Set BALLOON_LAB_SITE
// when deploying somewhere else.
const site = process.env.BALLOON_LAB_SITE ?? 'https://balloon-lab.example.org';

export default defineConfig({
  site,
  // Lessons link the first use of every glossary term to its entry.
  markdown: { rehypePlugins: [rehypeGlossaryLinks] },
  integrations: [
    courseValidation(),
    starlight({
      title: 'Balloon Lab',
      description:
        'An interactive course on why Linux balloon pages stopped using the page lock and now synchronize only with balloon_pages_lock.',
      sidebar: courseSidebar(),
      expressiveCode: { themes: [CODE_THEMES.dark, CODE_THEMES.light] },
      components: {
        Search: './src/components/overrides/Search.astro',
      },
      customCss: ['./src/styles/site.css', './src/styles/code.css', './src/styles/widgets.css'],
      pagination: true,
    }),
    preact(),
  ],
});
