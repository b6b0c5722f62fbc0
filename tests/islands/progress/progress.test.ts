import { describe, expect, it } from 'vitest';
import {
  knownOnly,
  parseProgressFile,
  progressToJson,
  summarize,
  unknownSummary,
  type KnownIds,
} from '../../../src/islands/progress/file';
import {
  loadProgress,
  markLessonRead,
  recordSolve,
  recordPrediction,
  recordQuiz,
  replaceProgress,
} from '../../../src/islands/progress/store';
import { emptyProgress, PROGRESS_KEY } from '../../../src/islands/lib/storage';
import { memory } from '../memoryStorage';

describe('progress store', () => {
  it('marks lessons read once, and keeps the FIRST quiz answer', () => {
    const store = memory();
    expect(markLessonRead('memory-ballooning', store)).toBeUndefined();
    markLessonRead('memory-ballooning', store);
    recordQuiz('fix-which-order', false, 2, store);
    recordQuiz('fix-which-order', true, 1, store);
    expect(loadProgress(store)).toEqual({
      value: {
        version: 2,
        lessonsRead: ['memory-ballooning'],
        challenges: {},
        quizzes: { 'fix-which-order': false },
        quizChoices: { 'fix-which-order': 2 },
      },
    });
  });

  it('records a solve: the first time stays, the best count only falls', () => {
    const store = memory();
    const key = 'isolate-vs-deflate/corrupt-the-list';
    const first = recordSolve(key, 18, store, '2026-12-02T01:00:00.000Z');
    expect(first).toEqual({
      before: undefined,
      after: { firstSolvedAt: '2026-12-02T01:00:00.000Z', bestSteps: 18 },
      notice: undefined,
    });
    const better = recordSolve(key, 16, store, '2026-12-02T01:05:00.000Z');
    expect(better.before).toEqual(first.after);
    expect(better.after).toEqual({ firstSolvedAt: '2026-12-02T01:00:00.000Z', bestSteps: 16 });
    recordSolve(key, 20, store, '2026-12-02T01:09:00.000Z');
    expect(loadProgress(store).value.challenges).toEqual({ [key]: better.after });
  });

  it('a solve over a version-1 solve of the same id gets its first time now', () => {
    const v1 = { version: 1, lessonsRead: [], challengesSolved: ['c'], quizzes: {} };
    const store = memory({ [PROGRESS_KEY]: JSON.stringify(v1) });
    expect(recordSolve('c', 9, store, '2026-12-02T01:00:00.000Z').after).toEqual({
      firstSolvedAt: '2026-12-02T01:00:00.000Z',
      bestSteps: 9,
    });
    expect(JSON.parse(store.data.get(PROGRESS_KEY)!).version).toBe(2);
  });

  it('records the first prediction only', () => {
    const store = memory();
    recordPrediction('l4-steal-p', false, store);
    recordPrediction('l4-steal-p', true, store);
    expect(loadProgress(store).value.predictions).toEqual({ 'l4-steal-p': false });
  });

  it('reading to the end of a lesson over corrupt progress keeps the old bytes aside', () => {
    const store = memory({ [PROGRESS_KEY]: '{oops' });
    expect(markLessonRead('the-fix', store)).toMatch(/could not be read.*kept aside/);
    expect(store.data.get(`${PROGRESS_KEY}:kept-aside`)).toBe('{oops');
    expect(loadProgress(store).value.lessonsRead).toEqual(['the-fix']);
    expect(loadProgress(store).notice).toBeUndefined();
  });

  it('reading to the end of a lesson over a newer version writes nothing', () => {
    const raw = JSON.stringify({
      version: 3,
      lessonsRead: ['a', 'b', 'c'],
      challengesSolved: [],
      quizzes: {},
    });
    const store = memory({ [PROGRESS_KEY]: raw });
    expect(markLessonRead('the-fix', store)).toMatch(/newer version/);
    expect(recordQuiz('q', true, 0, store)).toMatch(/newer version/);
    expect(recordSolve('c', 4, store).notice).toMatch(/^Not saved\. .*newer version/);
    expect(replaceProgress(emptyProgress(), store)).toMatch(/^Not saved/);
    expect(store.data.get(PROGRESS_KEY)).toBe(raw);
  });

  it('returns a notice instead of throwing when storage refuses', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(recordQuiz('q', true, 0, refusing)).toMatch(/refused/);
    expect(replaceProgress(emptyProgress(), refusing)).toMatch(/refused/);
  });
});

const CHALLENGE = 'isolate-vs-deflate/corrupt-the-list';
const KNOWN: KnownIds = {
  lessons: ['a', 'b'],
  challenges: [CHALLENGE],
  quizzes: ['q'],
  predictions: ['p'],
};

describe('progress files', () => {
  const progress = { ...emptyProgress(), lessonsRead: ['a', 'b'], quizzes: { q: true } };

  it('round-trips an export, solves with their first time and best count', () => {
    expect(parseProgressFile(progressToJson(progress), KNOWN)).toEqual({ progress, unknown: [] });
    const solved = {
      ...progress,
      challenges: { [CHALLENGE]: { firstSolvedAt: '2026-12-02T01:00:00.000Z', bestSteps: 16 } },
    };
    expect(parseProgressFile(progressToJson(solved), KNOWN)).toEqual({
      progress: solved,
      unknown: [],
    });
  });

  it('imports a version-1 file: its solved ids become solves without time or count', () => {
    const file = { version: 1, lessonsRead: ['a'], challengesSolved: [CHALLENGE], quizzes: {} };
    expect(parseProgressFile(JSON.stringify(file), KNOWN)).toEqual({
      progress: { ...emptyProgress(), lessonsRead: ['a'], challenges: { [CHALLENGE]: {} } },
      unknown: [],
    });
  });

  it('ignores corrupt and foreign files with a notice', () => {
    expect(parseProgressFile('not json', KNOWN)).toBe(
      'That file was ignored (not readable JSON). Your progress is unchanged.',
    );
    expect(parseProgressFile(JSON.stringify({ version: 1, entries: [] }), KNOWN)).toBe(
      'That file was ignored (Balloon Lab progress without lessonsRead). Your progress is unchanged.',
    );
    expect(parseProgressFile(JSON.stringify({ ...progress, version: 3 }), KNOWN)).toMatch(
      /newer version \(3\)/,
    );
  });

  it('names and leaves out ids this course does not have', () => {
    const file = {
      version: 2,
      lessonsRead: ['a', 'fake-lesson'],
      challenges: { 'lab:fake:patched': { bestSteps: 3 } },
      quizzes: { q: true, 'fake-quiz': true },
      predictions: { nope: true },
    };
    const parsed = parseProgressFile(JSON.stringify(file), KNOWN);
    expect(parsed).toEqual({
      progress: { ...emptyProgress(), lessonsRead: ['a'], quizzes: { q: true }, predictions: {} },
      unknown: [
        'lesson “fake-lesson”',
        'challenge “lab:fake:patched”',
        'quiz “fake-quiz”',
        'prediction “nope”',
      ],
    });
    if (typeof parsed === 'object') {
      expect(summarize(parsed.progress)).toBe(
        '1 lesson read, 0 challenges solved, 1 quiz answered, 0 predictions made',
      );
      expect(unknownSummary(parsed.unknown)).toBe(
        'Ignored 4 ids this course does not have: lesson “fake-lesson”, challenge “lab:fake:patched”, quiz “fake-quiz”, prediction “nope”.',
      );
    }
  });

  it('caps the list of unknown ids it names', () => {
    const many = Array.from({ length: 8 }, (_, i) => `l${i}`);
    const { unknown } = knownOnly({ ...emptyProgress(), lessonsRead: many }, KNOWN);
    expect(unknownSummary(unknown)).toMatch(/^Ignored 8 ids .*“l4” and 3 more\.$/);
  });

  it('summarizes what an import would bring', () => {
    expect(summarize(progress)).toBe(
      '2 lessons read, 0 challenges solved, 1 quiz answered, 0 predictions made',
    );
  });
});
