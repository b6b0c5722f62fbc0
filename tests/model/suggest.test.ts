import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/model/suggest';

describe('did-you-mean hints', () => {
  it('suggests a near name and refuses a far one', () => {
    const ids = ['isolate-vs-deflate', 'double-isolate', 'full-cycle'];
    expect(nearest('isolate-vs-deflat', ids)).toBe('isolate-vs-deflate');
    expect(nearest('full-cycel', ids)).toBe('full-cycle');
    expect(nearest('something-else-entirely', ids)).toBeNull();
  });

  it('does not guess for one- and two-letter names', () => {
    expect(nearest('C', ['A', 'B'])).toBeNull();
    expect(nearest('a', ['A', 'B'])).toBe('A');
  });

  it('keeps short field names apart', () => {
    expect(nearest('line', ['file', 'function', 'commit'])).toBeNull();
    expect(nearest('minuts', ['minutes', 'title'])).toBe('minutes');
  });
});
