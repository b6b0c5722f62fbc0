import { describe, expect, it } from 'vitest';
import {
  checkQuiz,
  feedback,
  initialQuiz,
  recordedQuiz,
  verdictOf,
  verdictWords,
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
    const state = checkQuiz({ ...initialQuiz(), selected: 0 });
    expect(verdictOf(options, state)).toBe(false);
    expect(visibleExplanations(options, state)).toEqual([true, false, false]);
    expect(feedback(options, state)).toEqual({
      right: false,
      text: 'Failing is harmless. Try another answer, or show all explanations.',
    });
  });

  it('a right answer shows every explanation', () => {
    const state = checkQuiz({ ...initialQuiz(), selected: 1 });
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
    const state = { ...checkQuiz({ ...initialQuiz(), selected: 1 }), selected: 2 };
    expect(verdictOf(options, state)).toBe(true);
  });
});

describe('the first attempt is the one graded', () => {
  it('a first check records its option; a later check is a retry and never a plain "Correct"', () => {
    const first = checkQuiz({ ...initialQuiz(), selected: 0 });
    expect(first).toMatchObject({ first: 0, checked: 0, retry: false });
    expect(verdictWords(first.retry)).toEqual(['Correct', 'Incorrect']);
    const again = checkQuiz({ ...first, selected: 1 });
    expect(again).toMatchObject({ first: 0, checked: 1, retry: true });
    expect(verdictWords(again.retry)).toEqual(['Right on a retry', 'Wrong again']);
    expect(feedback(options, again)?.text).toBe(
      'A lock only orders code that takes it. Your first answer, “Because trylock_page() can fail.” (wrong), is the one recorded.',
    );
  });

  it('a recorded answer comes back checked after a reload, and the next check is a retry', () => {
    const restored = recordedQuiz(2);
    expect(restored).toMatchObject({ selected: 2, checked: 2, first: 2, retry: false });
    expect(feedback(options, restored)?.right).toBe(false);
    expect(checkQuiz({ ...restored, selected: 1 }).retry).toBe(true);
  });
});
