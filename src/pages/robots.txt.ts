/**
 * robots.txt: the whole course may be crawled; the sitemap lives at the deployed address
 * (BALLOON_LAB_SITE, see astro.config.mjs).
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('sitemap-index.xml', site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
