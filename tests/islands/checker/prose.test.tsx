/** Model sentences quote code in backticks; the widgets show those spans as <code>, never raw. */
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Prose } from '../../../src/islands/checker/CodeText';

describe('Prose', () => {
  it('renders each backtick-quoted span as code and escapes everything', () => {
    const html = render(<Prose text="CPU A runs `list_del(&page->lru);` in <b>isolate</b>()" />);
    expect(html).toMatch(/^CPU A runs <code>list_del\(&amp;page-(>|&gt;)lru\);<\/code> in &lt;b/);
    expect(html).not.toContain('<b>');
    expect(render(<Prose text="`a` and `b`" />)).toBe('<code>a</code> and <code>b</code>');
  });

  it('leaves an unmatched backtick as a character, and plain text as it is', () => {
    expect(render(<Prose text="a ` b" />)).toBe('a ` b');
    expect(render(<Prose text="no code here" />)).toBe('no code here');
  });
});
