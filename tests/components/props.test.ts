import { describe, expect, it } from 'vitest';
import { oneOf, sourceOf } from '../../src/components/lib/props';

const where = (path: string) => ({
  url: new URL(`https://example.org${path}`),
  component: 'Lab',
  prop: 'scenario',
  what: 'scenario',
});
const scenarios = ['isolate-vs-deflate', 'double-isolate'] as const;

describe('component prop validation', () => {
  it('maps a lesson URL to its source file', () => {
    expect(sourceOf(new URL('https://example.org/lessons/memory-ballooning/'))).toBe(
      'content/lessons/01-memory-ballooning.mdx',
    );
    expect(sourceOf(new URL('https://example.org/authoring/lab/'))).toBe('/authoring/lab/');
  });

  it('returns a known value', () => {
    expect(oneOf(where('/x/'), 'double-isolate', scenarios)).toBe('double-isolate');
  });

  it('names the file, component, prop and value, with a hint', () => {
    expect(() =>
      oneOf(where('/lessons/memory-ballooning/'), 'isolate-vs-deflat', scenarios),
    ).toThrow(
      'content/lessons/01-memory-ballooning.mdx: <Lab scenario="isolate-vs-deflat">: unknown scenario (did you mean isolate-vs-deflate?)',
    );
  });

  it('lists the choices when nothing is close', () => {
    expect(() => oneOf(where('/x/'), undefined, scenarios)).toThrow(
      '/x/: <Lab scenario="undefined">: unknown scenario (expected one of: isolate-vs-deflate, double-isolate)',
    );
  });
});
