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
    expect(asNotebook({ version: 1, entries: [entry] })).toEqual({
      ok: { version: 1, entries: [entry] },
    });
  });

  it('appends to the stored notebook and confirms', () => {
    const store = memory();
    expect(saveRun(store, run, now, () => 0.1)).toBe(
      'Saved to your notebook: 2 steps under no-page-lock and core-page-lock.',
    );
    saveRun(store, { ...run, schedule: ['A'] }, now, () => 0.2);
    const checked = asNotebook(JSON.parse(store.data.get(NOTEBOOK_KEY)!));
    const saved = 'ok' in checked ? checked.ok : undefined;
    expect(saved?.entries.map((e) => e.schedule)).toEqual([['A', 'B'], ['A']]);
    expect(new Set(saved?.entries.map((e) => e.id)).size).toBe(2);
  });

  it('keeps a corrupt notebook aside and says so', () => {
    const store = memory({ [NOTEBOOK_KEY]: '{not json' });
    expect(saveRun(store, run, now)).toMatch(
      /^Saved to your notebook: .* An exact copy is kept aside/,
    );
    expect(store.data.get(`${NOTEBOOK_KEY}:kept-aside`)).toBe('{not json');
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
