import { describe, expect, it } from 'vitest';
import { contrastRatio, ensureContrast } from '../../src/components/lib/contrast';
import { CODE_BACKGROUND, highlightLines, TOKEN_COLOURS } from '../../src/components/lib/highlight';

describe('code contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });

  it('raises a low-contrast colour to the target and leaves a good one alone', () => {
    expect(contrastRatio('#E36209', '#FFFFFF')).toBeLessThan(4.5);
    const raised = ensureContrast('#E36209', '#FFFFFF', 5.5);
    expect(contrastRatio(raised, '#FFFFFF')).toBeGreaterThanOrEqual(5.5);
    expect(ensureContrast('#24292E', '#FFFFFF', 5.5)).toBe('#24292E');
  });

  it('highlights C with both theme colours, all above 5.5:1', async () => {
    const [line] = await highlightLines(['spin_lock_irqsave(&balloon_pages_lock, flags);']);
    expect(line).toContain('balloon_pages_lock');
    expect(line).toContain('&amp;');
    // Each token's colours are a class (TOKEN_COLOURS[n]); a colour outside the list fails.
    expect(
      new Set([...line.matchAll(/<(b|i|span class=t\d)>/g)].map((m) => m[1])).size,
    ).toBeGreaterThan(1);
    const colours = [...TOKEN_COLOURS.join(';').matchAll(/--shiki-(light|dark):(#[0-9A-F]{6})/g)];
    expect(colours.length).toBe(TOKEN_COLOURS.length * 2);
    for (const [, theme, colour] of colours) {
      const background = CODE_BACKGROUND[theme as 'light' | 'dark'];
      expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(5.5);
    }
  });
});
