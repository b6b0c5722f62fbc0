import { describe, expect, it } from 'vitest';
import { labPageFor } from '../../src/components/lib/labPage';

describe('labPageFor', () => {
  it('counts a challenge lab as a lab of its scenario, so a lesson keeps its own runs', () => {
    // Lesson 5 poses its labs only as <Lab challenge="isolate-vs-deflate/…">.
    expect(labPageFor('isolate-vs-deflate', '/lessons/the-old-code-in-the-lab/')).toBe(
      '/lessons/the-old-code-in-the-lab/',
    );
  });

  it('falls back to the first page with a lab of the scenario, or none', () => {
    expect(labPageFor('full-cycle', '/lessons/memory-ballooning/')).toBe('/widgets/lab/');
    expect(labPageFor('no-such-scenario', '/')).toBeNull();
  });
});
