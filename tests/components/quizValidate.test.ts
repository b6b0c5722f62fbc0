import { describe, expect, it } from 'vitest';
import { quizProblems } from '../../src/components/lib/quizValidate';

const good = {
  id: 'fix-which-order',
  question: 'What has happened?',
  options: [
    { text: 'One', correct: true, explain: 'Because.' },
    { text: 'Two', correct: false, explain: 'Not so.' },
  ],
};

describe('quiz prop validation', () => {
  it('accepts a well-formed quiz', () => {
    expect(quizProblems(good)).toEqual([]);
  });

  it('wants a slug id', () => {
    expect(quizProblems({ ...good, id: 'Fix Which' })).toEqual([
      'id must be a slug like "l2-who-sets-isolated" (got "Fix Which")',
    ]);
    expect(quizProblems({ ...good, id: undefined })[0]).toMatch(/^id must be a slug/);
  });

  it('wants two or more options and at least one correct', () => {
    expect(quizProblems({ ...good, options: [good.options[0]] })).toEqual([
      'options: give at least 2',
    ]);
    const none = good.options.map((o) => ({ ...o, correct: false }));
    expect(quizProblems({ ...good, options: none })).toEqual([
      'options: at least one must be correct',
    ]);
  });

  it('names each option that lacks its text, explanation or verdict', () => {
    const options = [
      { text: 'One', correct: true, explain: ' ' },
      { correct: 'yes', explain: 'x' },
      'three',
    ];
    expect(quizProblems({ ...good, question: '', options })).toEqual([
      'question is missing',
      'options[0]: explain is missing',
      'options[1]: text is missing',
      'options[1]: correct must be true or false',
      'options[2] is not an object',
    ]);
  });
});
