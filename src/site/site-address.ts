/**
 * Says in the build output when BALLOON_LAB_SITE is unset: canonical links, the sitemap,
 * robots.txt and social cards then point at the placeholder address, which is fine for a local
 * build and wrong for a deployment.
 */
import type { AstroIntegration } from 'astro';

export const PLACEHOLDER_SITE = 'https://balloon-lab.example.org';

export function siteAddressNotice(): AstroIntegration {
  return {
    name: 'balloon-lab:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env.BALLOON_LAB_SITE) return;
        logger.warn(
          `BALLOON_LAB_SITE is not set: canonical links, the sitemap and robots.txt point at ${PLACEHOLDER_SITE}. Set it to the public address before deploying.`,
        );
      },
    },
  };
}
