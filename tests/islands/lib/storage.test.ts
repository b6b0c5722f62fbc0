import { describe, expect, it } from 'vitest';
import {
  asNotebook,
  asProgress,
  browserStorage,
  emptyNotebook,
  emptyProgress,
  load,
  NOTEBOOK_KEY,
  PROGRESS_KEY,
  save,
  update,
} from '../../src/islands/lib/storage';
import { memory } from './memoryStorage';

describe('learner storage', () => {
  it('round-trips progress', () => {
    const store = memory();
    const progress = {
      ...emptyProgress(),
      lessonsRead: ['memory-ballooning'],
      quizzes: { q1: true },
    };
    expect(save(store, PROGRESS_KEY, progress)).toBeUndefined();
    expect(load(store, PROGRESS_KEY, asProgress, emptyProgress)).toEqual({ value: progress });
  });

  it('treats a missing key as empty, silently', () => {
    expect(load(memory(), NOTEBOOK_KEY, asNotebook, emptyNotebook)).toEqual({
      value: emptyNotebook(),
    });
  });

  it('ignores unreadable JSON with a notice', () => {
    const loaded = load(
      memory({ [PROGRESS_KEY]: '{oops' }),
      PROGRESS_KEY,
      asProgress,
      emptyProgress,
    );
    expect(loaded.value).toEqual(emptyProgress());
    expect(loaded.notice).toBe('Saved data was unreadable and has been ignored.');
  });

  it('ignores foreign or malformed data with the reason', () => {
    const foreign = memory({ [PROGRESS_KEY]: JSON.stringify({ version: 7 }) });
    expect(load(foreign, PROGRESS_KEY, asProgress, emptyProgress).notice).toBe(
      'Saved data was ignored: not Balloon Lab progress (version 1).',
    );
    const badQuiz = { ...emptyProgress(), quizzes: { q: 'yes' } };
    expect(asProgress(badQuiz)).toBe('malformed quiz answers');
    const badRun = { version: 1, entries: [{ id: 'x', schedule: 'A,B' }] };
    expect(asNotebook(badRun)).toBe('a saved run is malformed');
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
  });
});

describe('browser storage and updates', () => {
  it('falls back to a refusing storage where there is no localStorage (Node, the build)', () => {
    const storage = browserStorage();
    expect(load(storage, PROGRESS_KEY, asProgress, emptyProgress).notice).toMatch(/does not allow/);
    expect(save(storage, PROGRESS_KEY, emptyProgress())).toMatch(/refused/);
  });

  it('update() reads, changes and writes back', () => {
    const store = memory();
    const add = (p: ReturnType<typeof emptyProgress>) => ({
      ...p,
      lessonsRead: [...p.lessonsRead, 'x'],
    });
    expect(update(store, PROGRESS_KEY, asProgress, emptyProgress, add).value.lessonsRead).toEqual([
      'x',
    ]);
    expect(update(store, PROGRESS_KEY, asProgress, emptyProgress, add).value.lessonsRead).toEqual([
      'x',
      'x',
    ]);
    expect(JSON.parse(store.data.get(PROGRESS_KEY)!).lessonsRead).toEqual(['x', 'x']);
  });

  it('update() over corrupt data starts from the default and passes the notice on', () => {
    const store = memory({ [NOTEBOOK_KEY]: '[]' });
    const loaded = update(store, NOTEBOOK_KEY, asNotebook, emptyNotebook, (nb) => nb);
    expect(loaded).toEqual({
      value: emptyNotebook(),
      notice: 'Saved data was ignored: not a Balloon Lab notebook (version 1).',
    });
    expect(load(store, NOTEBOOK_KEY, asNotebook, emptyNotebook)).toEqual({
      value: emptyNotebook(),
    });
  });
});
