import { describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_VERSION } from '../../../src/islands/lib/progressData';
import { PROGRESS_KEY, readProgress } from '../../../src/islands/lib/progressRead';
import { memory } from '../memoryStorage';

/** A storage whose every write or removal fails the test, and whose reads are counted. */
function readOnly(initial: Record<string, string>) {
  const store = memory(initial);
  const writes: string[] = [];
  return {
    getItem: store.getItem,
    setItem: (k: string) => void writes.push(`set ${k}`),
    removeItem: (k: string) => void writes.push(`remove ${k}`),
    data: store.data,
    writes,
  };
}

const solved = {
  version: PROGRESS_VERSION,
  lessonsRead: ['the-fix'],
  challenges: {
    'isolate-vs-deflate:race': { firstSolvedAt: '2026-01-02T03:04:05.000Z', bestSteps: 7 },
  },
  quizzes: {},
};

describe('readProgress (read-only)', () => {
  it('reads valid progress as stored', () => {
    const raw = JSON.stringify(solved);
    const store = readOnly({ [PROGRESS_KEY]: raw });
    const p = readProgress(store);
    expect(p.challenges['isolate-vs-deflate:race']).toEqual({
      firstSolvedAt: '2026-01-02T03:04:05.000Z',
      bestSteps: 7,
    });
    expect(p.lessonsRead).toEqual(['the-fix']);
    expect(store.writes).toEqual([]);
    expect(store.data.get(PROGRESS_KEY)).toBe(raw);
  });

  it('migrates version 1 on read without writing it back', () => {
    const raw = JSON.stringify({
      version: 1,
      lessonsRead: [],
      challengesSolved: ['a:b'],
      quizzes: {},
    });
    const store = readOnly({ [PROGRESS_KEY]: raw });
    expect(Object.keys(readProgress(store).challenges)).toEqual(['a:b']);
    expect(store.writes).toEqual([]);
    expect(store.data.get(PROGRESS_KEY)).toBe(raw);
  });

  it('keeps the valid part of partly malformed progress, and leaves the bytes alone', () => {
    const raw = JSON.stringify({ ...solved, challenges: { ...solved.challenges, bad: 3 } });
    const store = readOnly({ [PROGRESS_KEY]: raw });
    expect(Object.keys(readProgress(store).challenges)).toEqual(['isolate-vs-deflate:race']);
    expect(store.writes).toEqual([]);
    expect(store.data.get(PROGRESS_KEY)).toBe(raw);
    expect([...store.data.keys()]).toEqual([PROGRESS_KEY]);
  });

  it.for([
    ['unparsable JSON', '{"version": 2, lessons'],
    ['not progress', '[1, 2, 3]'],
    ['a newer version', JSON.stringify({ ...solved, version: PROGRESS_VERSION + 1 })],
  ])('returns fresh progress for %s and never writes, removes or keeps it aside', ([, raw]) => {
    const store = readOnly({ [PROGRESS_KEY]: raw });
    expect(readProgress(store)).toEqual(emptyProgress());
    expect(store.writes).toEqual([]);
    expect(store.data.get(PROGRESS_KEY)).toBe(raw);
    expect([...store.data.keys()]).toEqual([PROGRESS_KEY]);
  });

  it('returns fresh progress for a missing key and for a storage that refuses', () => {
    const empty = readOnly({});
    expect(readProgress(empty)).toEqual(emptyProgress());
    expect(empty.writes).toEqual([]);
    expect(empty.data.size).toBe(0);
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readProgress(refusing)).toEqual(emptyProgress());
  });
});
