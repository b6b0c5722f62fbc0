import { describe, expect, it } from 'vitest';
import { asNotebook, NOTEBOOK_KEY } from '../../../src/islands/lib/storage';
import { notebookEntry, saveRun, type RunToSave } from '../../../src/islands/lab/notebook';
import { memory } from '../memoryStorage';

const run: RunToSave = {
  scenario: 'isolate-vs-deflate',
  balloon: 'no-page-lock',
  core: 'core-page-lock',
  schedule: ['A', 'B'],
  note: '  the race  ',
};
const now = new Date('2026-02-01T10:00:00Z');

describe('save to notebook', () => {
  it('builds an entry the notebook accepts', () => {
    const entry = notebookEntry(run, now, () => 0.5);
    expect(entry).toMatchObject({ ...run, note: 'the race', savedAt: '2026-02-01T10:00:00.000Z' });
    expect(asNotebook({ version: 1, entries: [entry] })).toEqual({ version: 1, entries: [entry] });
  });

  it('appends to the stored notebook and confirms', () => {
    const store = memory();
    expect(saveRun(store, run, now, () => 0.1)).toBe(
      'Saved to your notebook: 2 steps under no-page-lock and core-page-lock.',
    );
    saveRun(store, { ...run, schedule: ['A'] }, now, () => 0.2);
    const saved = asNotebook(JSON.parse(store.data.get(NOTEBOOK_KEY)!));
    expect(typeof saved === 'object' && saved.entries.map((e) => e.schedule)).toEqual([
      ['A', 'B'],
      ['A'],
    ]);
    expect(typeof saved === 'object' && new Set(saved.entries.map((e) => e.id)).size).toBe(2);
  });

  it('replaces a corrupt notebook and says so', () => {
    const store = memory({ [NOTEBOOK_KEY]: '{not json' });
    expect(saveRun(store, run, now)).toMatch(
      /^Saved to your notebook: .* Saved data was unreadable and has been ignored\.$/,
    );
  });

  it('reports a refusing storage instead of throwing', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(saveRun(refusing, run, now)).toBe('Could not save: your browser refused to store data.');
  });
});
