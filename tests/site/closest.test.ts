import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/site/closest';

describe('did-you-mean hints', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests a near name and refuses a far one', () => {
    const ids = ['isolate-vs-deflate', 'double-isolate', 'full-cycle'];
    expect(closest('isolate-vs-deflat', ids)).toBe('isolate-vs-deflate');
    expect(closest('full-cycel', ids)).toBe('full-cycle');
    expect(closest('something-else-entirely', ids)).toBeUndefined();
  });
});
