import { describe, expect, it } from 'vitest';
import {
  feedback,
  initialQuiz,
  verdictOf,
  visibleExplanations,
} from '../../../src/islands/quiz/check';

const options = [
  { text: 'Because trylock_page() can fail.', correct: false, explain: 'Failing is harmless.' },
  {
    text: 'The driver no longer takes it.',
    correct: true,
    explain: 'A lock only orders code that takes it.',
  },
  { text: 'Because of RCU.', correct: false, explain: 'No RCU here.' },
];

describe('quiz answer checking', () => {
  it('says nothing and shows no explanation before a check', () => {
    const state = { ...initialQuiz(), selected: 1 };
    expect(verdictOf(options, state)).toBeNull();
    expect(feedback(options, state)).toBeNull();
    expect(visibleExplanations(options, state)).toEqual([false, false, false]);
  });

  it('a wrong answer shows only its own explanation and invites another try', () => {
    const state = { selected: 0, checked: 0, showAll: false };
    expect(verdictOf(options, state)).toBe(false);
    expect(visibleExplanations(options, state)).toEqual([true, false, false]);
    expect(feedback(options, state)).toEqual({
      right: false,
      text: 'Failing is harmless. Try another answer, or show all explanations.',
    });
  });

  it('a right answer shows every explanation', () => {
    const state = { selected: 1, checked: 1, showAll: false };
    expect(feedback(options, state)).toEqual({
      right: true,
      text: 'A lock only orders code that takes it.',
    });
    expect(visibleExplanations(options, state)).toEqual([true, true, true]);
  });

  it('"Show all explanations" shows them before any check too', () => {
    expect(visibleExplanations(options, { ...initialQuiz(), showAll: true })).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('judges the checked option, not a newer selection', () => {
    const state = { selected: 2, checked: 1, showAll: false };
    expect(verdictOf(options, state)).toBe(true);
  });
});
