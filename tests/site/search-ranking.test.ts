import { describe, expect, it } from 'vitest';
import { rankForSearch } from '../../src/site/search-ranking';

const page = `<html><body><main data-pagefind-body><h1 id="_top">Lab</h1>
<section class="bl-widget"><h3 class="bl-widget-title" id="lab-1-title">Lab: race</h3>
<span class="line"><span class="sr-only">removed: </span>code</span></section>
<h2 id="usage">Usage</h2></main></body></html>`;

describe('search ranking', () => {
  it('files course pages under Course and keeps their weights', () => {
    const out = rankForSearch(page, '/lessons/the-fix/');
    expect(out).toContain('<main data-pagefind-filter="section:Course" data-pagefind-body>');
    expect(out).not.toContain('data-pagefind-weight');
  });

  it('weighs author-facing pages a tenth, headings included, under the Authoring filter', () => {
    const out = rankForSearch(page, '/widgets/lab/');
    expect(out).toMatch(/<main [^>]*data-pagefind-weight="0.1"/);
    expect(out).toMatch(/<main [^>]*data-pagefind-filter="section:Authoring"/);
    expect(out).toContain('<h1 data-pagefind-weight="0.1" id="_top">');
    expect(out).toContain('<h2 data-pagefind-weight="0.1" id="usage">');
  });

  it('keeps screen-reader-only text and widget titles out of the index', () => {
    const out = rankForSearch(page, '/lessons/the-fix/');
    expect(out).toContain('<span data-pagefind-ignore class="sr-only">removed: </span>');
    expect(out).toContain('<h3 data-pagefind-ignore class="bl-widget-title" id="lab-1-title">');
  });

  it('leaves pages that search does not index alone, and is idempotent', () => {
    expect(rankForSearch('<main><span class="sr-only">x</span></main>', '/')).toBe(
      '<main><span class="sr-only">x</span></main>',
    );
    const once = rankForSearch(page, '/widgets/lab/');
    expect(rankForSearch(once, '/widgets/lab/')).toBe(once);
  });
});
