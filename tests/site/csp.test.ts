import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withPolicy } from '../../src/site/csp';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('content security policy', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8"><script>a()</script>
<script type="module" src="/_astro/x.js"></script></head><body><script is-inline>b()</script></body></html>`;

  it('allows exactly the inline scripts of the page, by hash, and no other inline code', () => {
    const out = withPolicy(page);
    const content = /content="([^"]*)"/.exec(out.slice(out.indexOf('Content-Security-Policy')))![1];
    expect(content).toContain(hash('a()'));
    expect(content).toContain(hash('b()'));
    expect(content).not.toContain("'unsafe-inline' 'sha"); // script-src carries no unsafe-inline
    expect(/script-src ([^;]*)/.exec(content)![1]).not.toContain('unsafe-inline');
    expect(content).toContain("object-src 'none'");
  });

  it('puts the policy before the first script, right after the charset', () => {
    const out = withPolicy(page);
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(out.indexOf('<meta charset')).toBeLessThan(out.indexOf('Content-Security-Policy'));
  });

  it('is idempotent and hashes each distinct script once', () => {
    expect(withPolicy(withPolicy(page))).toBe(withPolicy(page));
    expect(policyFor(['x', 'x']).match(/sha256-/g)).toHaveLength(1);
  });
});
