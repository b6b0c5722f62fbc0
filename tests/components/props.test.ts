import { describe, expect, it } from 'vitest';
import { PropError, sourceOf } from '../../src/components/lib/props';
import { ContentError } from '../../src/schemas/errors';

describe('component prop errors', () => {
  it('maps a lesson URL to its source file', () => {
    expect(sourceOf(new URL('https://example.org/lessons/memory-ballooning/'))).toBe(
      'content/lessons/01-memory-ballooning.mdx',
    );
    expect(sourceOf(new URL('https://example.org/authoring/lab/'))).toBe('/authoring/lab/');
  });

  it('is a content error with one problem line, like every other content mistake', () => {
    const error = new PropError('content/lessons/01-x.mdx: <Lab shedule="A">: unknown prop');
    expect(error).toBeInstanceOf(ContentError);
    expect(error.problems).toEqual(['content/lessons/01-x.mdx: <Lab shedule="A">: unknown prop']);
  });
});
