import { describe, expect, it } from 'vitest';
import {
  asNotebook,
  asProgress,
  browserStorage,
  emptyNotebook,
  emptyProgress,
  forgetKept,
  keptAsideOf,
  load,
  NOTEBOOK_KEY,
  PROGRESS_KEY,
  save,
  setAside,
  update,
  type Progress,
} from '../../../src/islands/lib/storage';
import { memory } from '../memoryStorage';

const KEPT = `${PROGRESS_KEY}:kept-aside`;
const addLesson = (p: Progress) => ({ ...p, lessonsRead: [...p.lessonsRead, 'the-fix'] });
const run = (id: string) => ({
  id,
  scenario: 'isolate-vs-deflate',
  balloon: 'no-page-lock',
  core: 'core-page-lock',
  schedule: ['A', 'B'],
  note: '',
  savedAt: '2025-01-02T03:04:05.000Z',
});

describe('learner storage', () => {
  it('round-trips progress, and a missing key is the default, silently', () => {
    const store = memory();
    const progress = {
      ...emptyProgress(),
      lessonsRead: ['memory-ballooning'],
      quizzes: { q: true },
    };
    expect(save(store, PROGRESS_KEY, progress)).toBeUndefined();
    expect(load(store, PROGRESS_KEY, asProgress, emptyProgress)).toEqual({ value: progress });
    expect(load(memory(), NOTEBOOK_KEY, asNotebook, emptyNotebook)).toEqual({
      value: emptyNotebook(),
    });
  });

  it('keeps old entries and files valid: the new optional fields may be absent', () => {
    const old = { version: 1, entries: [run('r1')] };
    expect(asNotebook(old)).toEqual({ ok: old });
    expect(
      asNotebook({ version: 1, entries: [{ ...run('r2'), page: '/lessons/the-fix/' }] }),
    ).toEqual({
      ok: { version: 1, entries: [{ ...run('r2'), page: '/lessons/the-fix/' }] },
    });
  });

  it('keeps where a run was saved from (page and lab key), which "Open in the lab" reopens', () => {
    const from = { ...run('r3'), page: '/lessons/the-fix/', lab: 'isolate-vs-deflate@2' };
    expect(asNotebook({ version: 1, entries: [from] })).toEqual({
      ok: { version: 1, entries: [from] },
    });
    expect(asNotebook({ version: 1, entries: [{ ...run('r4'), lab: 7 }] })).toEqual({
      ok: { version: 1, entries: [] },
      dropped: '1 malformed run left out',
    });
  });

  it('reports a storage that throws instead of throwing', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(load(broken, PROGRESS_KEY, asProgress, emptyProgress).notice).toMatch(/does not allow/);
    expect(save(broken, PROGRESS_KEY, emptyProgress())).toMatch(/refused/);
    const storage = browserStorage();
    expect(save(storage, PROGRESS_KEY, emptyProgress())).toMatch(/refused/);
  });
});

describe('data that cannot be read is never overwritten', () => {
  it.each([
    ['truncated JSON', '{"version":1,"lessonsRead":["a"'],
    ['a foreign object', '{"hello":"world"}'],
    ['an array', '[]'],
  ])('%s: reading keeps the bytes aside, a write then goes to a fresh copy', (_, raw) => {
    const store = memory({ [PROGRESS_KEY]: raw });
    const loaded = update(store, PROGRESS_KEY, asProgress, emptyProgress, addLesson);
    expect(store.data.get(KEPT)).toBe(raw);
    expect(loaded.keptAside).toBe(KEPT);
    expect(loaded.notice).toMatch(/exact copy is kept aside .*Your progress/);
    expect(JSON.parse(store.data.get(PROGRESS_KEY)!).lessonsRead).toEqual(['the-fix']);
  });

  it('keeps the valid values of progress with one mistyped value, and its bytes aside', () => {
    const raw = JSON.stringify({
      version: 2,
      lessonsRead: ['a', 7, 'b'],
      challenges: {},
      quizzes: { q1: true, q2: 'yes' },
    });
    const store = memory({ [PROGRESS_KEY]: raw });
    const loaded = load(store, PROGRESS_KEY, asProgress, emptyProgress);
    expect(loaded.value).toEqual({
      ...emptyProgress(),
      lessonsRead: ['a', 'b'],
      quizzes: { q1: true },
    });
    expect(loaded.notice).toMatch(/2 malformed values left out/);
    expect(store.data.get(KEPT)).toBe(raw);
  });

  it('keeps the valid runs of a notebook with one malformed run', () => {
    const raw = JSON.stringify({ version: 1, entries: [run('r1'), { id: 'x' }, run('r3')] });
    const store = memory({ [NOTEBOOK_KEY]: raw });
    const loaded = update(store, NOTEBOOK_KEY, asNotebook, emptyNotebook, (nb) => ({
      ...nb,
      entries: [...nb.entries, run('r4')],
    }));
    expect(loaded.value.entries.map((e) => e.id)).toEqual(['r1', 'r3', 'r4']);
    expect(store.data.get(`${NOTEBOOK_KEY}:kept-aside`)).toBe(raw);
    expect(JSON.parse(store.data.get(NOTEBOOK_KEY)!).entries).toHaveLength(3);
  });

  it('a newer version is read-only: update() and save() leave its bytes exactly as they were', () => {
    const raw = JSON.stringify({ version: 3, lessonsRead: ['a', 'b', 'c'], extra: {} });
    const store = memory({ [PROGRESS_KEY]: raw });
    const loaded = update(store, PROGRESS_KEY, asProgress, emptyProgress, addLesson);
    expect(loaded.readOnly).toBe(true);
    expect(loaded.notice).toMatch(/newer version of Balloon Lab \(version 3\).*read-only/);
    expect(save(store, PROGRESS_KEY, emptyProgress())).toMatch(/^Not saved\. .*version 3/);
    expect(store.data.get(PROGRESS_KEY)).toBe(raw);
    expect(store.data.has(KEPT)).toBe(false);
  });

  it('setAside() moves a newer version aside, intact, and starts afresh', () => {
    const raw = JSON.stringify({ version: 2, entries: [] });
    const store = memory({ [NOTEBOOK_KEY]: raw });
    expect(setAside(store, NOTEBOOK_KEY, emptyNotebook())).toBeUndefined();
    expect(keptAsideOf(store, NOTEBOOK_KEY)).toEqual([{ key: `${NOTEBOOK_KEY}:kept-aside`, raw }]);
    expect(load(store, NOTEBOOK_KEY, asNotebook, emptyNotebook)).toEqual({
      value: emptyNotebook(),
    });
  });

  it('never keeps the same bytes twice, and keeps different bad bytes side by side', () => {
    const store = memory({ [PROGRESS_KEY]: '{one' });
    load(store, PROGRESS_KEY, asProgress, emptyProgress);
    load(store, PROGRESS_KEY, asProgress, emptyProgress);
    store.data.set(PROGRESS_KEY, '{two');
    save(store, PROGRESS_KEY, emptyProgress());
    expect(keptAsideOf(store, PROGRESS_KEY).map((k) => k.raw)).toEqual(['{one', '{two']);
    expect(keptAsideOf(store, PROGRESS_KEY).map((k) => k.key)).toEqual([KEPT, `${KEPT}-2`]);
  });

  it('save() keeps bad bytes aside itself, even when nothing read them first', () => {
    const store = memory({ [NOTEBOOK_KEY]: 'garbage' });
    expect(save(store, NOTEBOOK_KEY, emptyNotebook())).toBeUndefined();
    expect(store.data.get(`${NOTEBOOK_KEY}:kept-aside`)).toBe('garbage');
  });

  it('save() still looks when the bytes changed since this page read them (another tab)', () => {
    const store = memory({ [PROGRESS_KEY]: JSON.stringify(emptyProgress()) });
    load(store, PROGRESS_KEY, asProgress, emptyProgress);
    store.data.set(PROGRESS_KEY, '{"version":1,"lessonsRead":[');
    expect(save(store, PROGRESS_KEY, emptyProgress())).toBeUndefined();
    expect(store.data.get(KEPT)).toBe('{"version":1,"lessonsRead":[');
  });

  it('refuses to write when the bad bytes cannot be copied aside (storage full)', () => {
    const data = new Map([[PROGRESS_KEY, '{broken']]);
    const full = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const loaded = update(full, PROGRESS_KEY, asProgress, emptyProgress, addLesson);
    expect(loaded.readOnly).toBe(true);
    expect(loaded.notice).toMatch(/could not be copied aside.*left untouched/);
    expect(data.get(PROGRESS_KEY)).toBe('{broken');
  });

  it('forgets only kept-aside copies', () => {
    const store = memory({ [KEPT]: '{x', [PROGRESS_KEY]: '{}' });
    expect(forgetKept(store, PROGRESS_KEY)).toMatch(/Only a kept-aside copy/);
    expect(forgetKept(store, KEPT)).toBeUndefined();
    expect(store.data.has(KEPT)).toBe(false);
    expect(store.data.has(PROGRESS_KEY)).toBe(true);
  });
});

describe('progress format version 2: a solve keeps its first time and best count', () => {
  const V1 = {
    version: 1,
    lessonsRead: ['memory-ballooning', 'the-fix'],
    challengesSolved: ['lab:isolate-vs-deflate:no-page-lock', 'isolate-vs-deflate/corrupt'],
    quizzes: { q: false },
    quizChoices: { q: 2 },
    predictions: { p: true },
  };

  it('migrates version 1 keeping every entry; the next write stores version 2', () => {
    const store = memory({ [PROGRESS_KEY]: JSON.stringify(V1) });
    const migrated = {
      version: 2,
      lessonsRead: V1.lessonsRead,
      challenges: { 'lab:isolate-vs-deflate:no-page-lock': {}, 'isolate-vs-deflate/corrupt': {} },
      quizzes: V1.quizzes,
      quizChoices: V1.quizChoices,
      predictions: V1.predictions,
    };
    // A migration is not a problem: nothing is kept aside and no notice is shown.
    expect(load(store, PROGRESS_KEY, asProgress, emptyProgress)).toEqual({ value: migrated });
    update(store, PROGRESS_KEY, asProgress, emptyProgress, addLesson);
    expect(JSON.parse(store.data.get(PROGRESS_KEY)!)).toEqual({
      ...migrated,
      lessonsRead: [...V1.lessonsRead, 'the-fix'],
    });
    expect(keptAsideOf(store, PROGRESS_KEY)).toEqual([]);
  });

  it('round-trips version 2 through save() and load()', () => {
    const store = memory();
    const progress: Progress = {
      ...emptyProgress(),
      challenges: {
        'isolate-vs-deflate/corrupt': { firstSolvedAt: '2026-12-02T01:02:03.000Z', bestSteps: 16 },
        'from-version-1': {},
      },
    };
    expect(save(store, PROGRESS_KEY, progress)).toBeUndefined();
    expect(load(store, PROGRESS_KEY, asProgress, emptyProgress)).toEqual({ value: progress });
  });

  it('a partly broken solve keeps its valid fields, and the bytes are kept aside', () => {
    const raw = JSON.stringify({
      version: 2,
      lessonsRead: [],
      challenges: {
        good: { firstSolvedAt: '2026-12-02T01:02:03.000Z', bestSteps: 16 },
        'bad-count': { firstSolvedAt: '2026-12-02T01:02:03.000Z', bestSteps: 'sixteen' },
        'bad-date': { firstSolvedAt: 'yesterday', bestSteps: 4 },
        'not-a-solve': true,
      },
      quizzes: {},
    });
    const store = memory({ [PROGRESS_KEY]: raw });
    const loaded = update(store, PROGRESS_KEY, asProgress, emptyProgress, addLesson);
    expect(loaded.value.challenges).toEqual({
      good: { firstSolvedAt: '2026-12-02T01:02:03.000Z', bestSteps: 16 },
      'bad-count': { firstSolvedAt: '2026-12-02T01:02:03.000Z' },
      'bad-date': { bestSteps: 4 },
    });
    expect(loaded.notice).toMatch(/3 malformed values left out.*exact copy is kept aside/);
    expect(store.data.get(KEPT)).toBe(raw);
    expect(JSON.parse(store.data.get(PROGRESS_KEY)!).lessonsRead).toEqual(['the-fix']);
  });

  it('a version-1 list with a non-string id keeps the rest and the bytes aside', () => {
    const raw = JSON.stringify({ ...V1, challengesSolved: ['a', 42, 'b'] });
    const store = memory({ [PROGRESS_KEY]: raw });
    const loaded = load(store, PROGRESS_KEY, asProgress, emptyProgress);
    expect(loaded.value.challenges).toEqual({ a: {}, b: {} });
    expect(loaded.keptAside).toBe(KEPT);
    expect(store.data.get(KEPT)).toBe(raw);
  });
});

describe('validation', () => {
  it('names what is wrong with foreign data', () => {
    expect(asProgress({ version: 7 })).toEqual({
      problem: 'Balloon Lab progress from a newer version (7)',
      newer: 7,
    });
    expect(asProgress({ version: 1, entries: [] })).toEqual({
      problem: 'Balloon Lab progress without lessonsRead',
    });
    expect(asProgress({ version: 2, lessonsRead: [], challengesSolved: [], quizzes: {} })).toEqual({
      problem: 'Balloon Lab progress without challenges',
    });
    expect(asProgress({ version: 0, lessonsRead: [] })).toEqual({
      problem: 'not Balloon Lab progress (version 2 or 1)',
    });
    expect(asNotebook({ version: 0, entries: [] })).toEqual({
      problem: 'not a Balloon Lab notebook (version 1)',
    });
    expect(asNotebook({ version: 1 })).toEqual({ problem: 'a notebook without a list of runs' });
  });

  it('keeps first answers and predictions, dropping only malformed values', () => {
    const p = {
      ...emptyProgress(),
      quizzes: { q: false },
      quizChoices: { q: 2, bad: -1 },
      predictions: { p: true },
    };
    expect(asProgress(p)).toEqual({
      ok: { ...p, quizChoices: { q: 2 } },
      dropped: '1 malformed value left out',
    });
  });
});
