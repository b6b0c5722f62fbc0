/**
 * Offline reading: after `astro build`, a service worker (dist/sw.js) that precaches every page
 * and asset of this build, and a small registration script that every page loads. After one visit
 * the course reads and its widgets run without a network; when a new build is deployed the
 * registration script shows a notice offering to reload into it. Nothing runs in `npm start`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Files a reader never needs offline: the search index loads (and is cached) on use. */
const SKIP = [
  /^pagefind\//,
  /^cards\//,
  /^sitemap/,
  /^robots\.txt$/,
  /^sw(-register|-update)?\.js$/,
  /\.map$/,
];

/** URL paths for the built files: `lessons/x/index.html` is served as `/lessons/x/`. */
export function precacheList(files: string[]): string[] {
  return files
    .map((f) => f.split(sep).join('/'))
    .filter((f) => !SKIP.some((re) => re.test(f)))
    .map((f) => '/' + f.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** One version per build: it changes whenever any precached file does. */
export function buildVersion(contents: Array<[string, Buffer]>): string {
  const hash = createHash('sha256');
  for (const [path, body] of contents) hash.update(path).update('\0').update(body);
  return hash.digest('hex').slice(0, 16);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Loaded by every page inside the reading pages' 5 KB budget, so it is written minified: it
 * registers sw.js and, when a new build is waiting (and the page was already controlled, i.e.
 * this is an update, not the first install), loads the update notice (sw-update.js). A browser
 * that blocks service workers resolves register() with nothing. The update notice loads only
 * when needed.
 */
const REGISTER = readFileSync(new URL('./offline/register.js', import.meta.url), 'utf8');
const UPDATE = readFileSync(new URL('./offline/update.js', import.meta.url), 'utf8');
const WORKER = readFileSync(new URL('./offline/sw.js', import.meta.url), 'utf8');

export function offlineReading(): AstroIntegration {
  return {
    name: 'balloon-lab:offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = walk(root).map((f) => relative(root, f));
        const list = precacheList(files);
        const kept = files.filter((f) => list.includes(precacheList([f])[0]));
        const version = buildVersion(kept.map((f) => [f, readFileSync(join(root, f))]));
        const config = `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(list)};\n`;
        writeFileSync(join(root, 'sw.js'), config + WORKER);
        writeFileSync(join(root, 'sw-register.js'), REGISTER);
        writeFileSync(join(root, 'sw-update.js'), UPDATE);
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          if (html.includes('/sw-register.js')) continue;
          const tag = '<script type="module" src="/sw-register.js"></script>';
          writeFileSync(path, html.replace('</head>', `${tag}</head>`));
        }
        logger.info(`offline: ${list.length} files precached by sw.js (build ${version})`);
      },
    },
  };
}
