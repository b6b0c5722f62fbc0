import { describe, expect, it } from 'vitest';
import { isRightPrediction, rightLabels, toggleChoice } from '../../../src/islands/predict/check';

const q = {
  correct: ['A', 'C'],
  options: [
    { value: 'A', label: 'CPU A' },
    { value: 'B', label: 'CPU B' },
    { value: 'C', label: 'CPU C' },
  ],
};

describe('checking a prediction', () => {
  it('needs exactly the right set, in any order', () => {
    expect(isRightPrediction(q, ['C', 'A'])).toBe(true);
    expect(isRightPrediction(q, ['A'])).toBe(false);
    expect(isRightPrediction(q, ['A', 'B', 'C'])).toBe(false);
    expect(isRightPrediction(q, [])).toBe(false);
  });

  it('does not count a value picked twice as two', () => {
    expect(isRightPrediction(q, ['A', 'A'])).toBe(false);
  });

  it('toggles checkboxes and replaces radio choices', () => {
    expect(toggleChoice(['A'], 'B', true)).toEqual(['A', 'B']);
    expect(toggleChoice(['A', 'B'], 'A', true)).toEqual(['B']);
    expect(toggleChoice(['A'], 'B', false)).toEqual(['B']);
  });

  it('names the right options for "The answer: …"', () => {
    expect(rightLabels(q)).toEqual(['CPU A', 'CPU C']);
  });
});
