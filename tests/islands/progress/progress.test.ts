import { describe, expect, it } from 'vitest';
import { parseProgressFile, progressToJson, summarize } from '../../../src/islands/progress/file';
import {
  loadProgress,
  markChallengeSolved,
  markLessonRead,
  recordQuiz,
  replaceProgress,
} from '../../../src/islands/progress/store';
import { emptyProgress, PROGRESS_KEY } from '../../../src/islands/lib/storage';
import { memory } from '../memoryStorage';

describe('progress store', () => {
  it('marks lessons read once, challenges solved, and keeps the latest quiz answer', () => {
    const store = memory();
    expect(markLessonRead('memory-ballooning', store)).toBeUndefined();
    markLessonRead('memory-ballooning', store);
    markChallengeSolved('lab:isolate-vs-deflate:no-page-lock', store);
    recordQuiz('fix-which-order', false, store);
    recordQuiz('fix-which-order', true, store);
    expect(loadProgress(store)).toEqual({
      value: {
        version: 1,
        lessonsRead: ['memory-ballooning'],
        challengesSolved: ['lab:isolate-vs-deflate:no-page-lock'],
        quizzes: { 'fix-which-order': true },
      },
    });
  });

  it('starts over from corrupt data, saying so once', () => {
    const store = memory({ [PROGRESS_KEY]: '{oops' });
    expect(markLessonRead('the-fix', store)).toBe(
      'Saved data was unreadable and has been ignored.',
    );
    expect(loadProgress(store).value.lessonsRead).toEqual(['the-fix']);
    expect(loadProgress(store).notice).toBeUndefined();
  });

  it('returns a notice instead of throwing when storage refuses', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(recordQuiz('q', true, refusing)).toMatch(/refused/);
    expect(replaceProgress(emptyProgress(), refusing)).toMatch(/refused/);
  });
});

describe('progress files', () => {
  const progress = { ...emptyProgress(), lessonsRead: ['a', 'b'], quizzes: { q: true } };

  it('round-trips an export', () => {
    expect(parseProgressFile(progressToJson(progress))).toEqual(progress);
  });

  it('ignores corrupt and foreign files with a notice', () => {
    expect(parseProgressFile('not json')).toBe(
      'That file is not JSON, so it was ignored. Your progress is unchanged.',
    );
    expect(parseProgressFile(JSON.stringify({ version: 1, entries: [] }))).toBe(
      'That file was ignored (malformed lists). Your progress is unchanged.',
    );
    expect(parseProgressFile(JSON.stringify({ ...progress, version: 2 }))).toMatch(
      /not Balloon Lab progress/,
    );
  });

  it('summarizes what an import would bring', () => {
    expect(summarize(progress)).toBe('2 lessons read, 0 challenges solved, 1 quiz answered');
  });
});
