import { describe, expect, it } from 'vitest';
import { buildVersion, precacheList } from '../../src/site/offline';

describe('offline precache list', () => {
  it('serves pages by their directory URL and leaves out the search index, the social cards and itself', () => {
    expect(
      precacheList([
        'index.html',
        'lessons/the-fix/index.html',
        '404.html',
        '_astro/page.abc.js',
        'pagefind/pagefind.js',
        'sitemap-index.xml',
        'sw.js',
        'sw-register.js',
        'sw-update.js',
        'favicon.svg',
        'cards/the-fix.png',
      ]),
    ).toEqual(['/', '/404.html', '/_astro/page.abc.js', '/favicon.svg', '/lessons/the-fix/']);
  });

  it('versions a build by its content: any changed file gives a new version', () => {
    const a = buildVersion([['a.html', Buffer.from('one')]]);
    expect(buildVersion([['a.html', Buffer.from('one')]])).toBe(a);
    expect(buildVersion([['a.html', Buffer.from('two')]])).not.toBe(a);
    expect(buildVersion([['b.html', Buffer.from('one')]])).not.toBe(a);
  });
});
