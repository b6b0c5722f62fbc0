import { describe, expect, it } from 'vitest';
import { NOTEBOOK_KEY, type NotebookEntry } from '../../../src/islands/lib/storage';
import { withoutEntry } from '../../../src/islands/notebook/entries';
import { changeNotebook, saveNotes } from '../../../src/islands/notebook/store';
import { memory } from '../memoryStorage';

const run = (id: string, note = ''): NotebookEntry => ({
  id,
  scenario: 'isolate-vs-deflate',
  balloon: 'patched',
  core: 'core-page-lock',
  schedule: ['A'],
  note,
  savedAt: '2025-01-02T03:04:05.000Z',
});
const stored = (store: ReturnType<typeof memory>) =>
  JSON.parse(store.data.get(NOTEBOOK_KEY)!).entries.map((e: NotebookEntry) => [e.id, e.note]);

describe('notebook writes go to the notebook as stored now', () => {
  it('typed notes land on the stored runs, keeping a run another tab saved meanwhile', () => {
    const store = memory({ [NOTEBOOK_KEY]: JSON.stringify({ version: 1, entries: [run('r1')] }) });
    // Another tab saves r2 after this page read the notebook; then this page stores its notes.
    store.data.set(NOTEBOOK_KEY, JSON.stringify({ version: 1, entries: [run('r1'), run('r2')] }));
    expect(saveNotes(new Map([['r1', 'typed here']]), store)).toBeUndefined();
    expect(stored(store)).toEqual([
      ['r1', 'typed here'],
      ['r2', ''],
    ]);
  });

  it('a delete returns what is stored, and a newer notebook is left alone', () => {
    const store = memory({ [NOTEBOOK_KEY]: JSON.stringify({ version: 1, entries: [run('r1')] }) });
    expect(changeNotebook((nb) => withoutEntry(nb, 'r1'), store).value.entries).toEqual([]);
    const newer = JSON.stringify({ version: 2, entries: [] });
    store.data.set(NOTEBOOK_KEY, newer);
    expect(saveNotes(new Map([['r1', 'x']]), store)).toMatch(/^Not saved\./);
    expect(store.data.get(NOTEBOOK_KEY)).toBe(newer);
  });
});
