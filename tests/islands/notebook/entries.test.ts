import { describe, expect, it } from 'vitest';
import {
  importNotebook,
  importSummary,
  mergeById,
  notebookToJson,
  withNote,
  withoutEntry,
} from '../../../src/islands/notebook/entries';
import { asNotebook, emptyNotebook, type NotebookEntry } from '../../../src/islands/lib/storage';

const run = (id: string, note = ''): NotebookEntry => ({
  id,
  scenario: 'isolate-vs-deflate',
  balloon: 'no-page-lock',
  core: 'core-page-lock',
  schedule: ['A', 'B'],
  note,
  savedAt: '2025-01-02T03:04:05.000Z',
});
const book = { version: 1 as const, entries: [run('r1', 'first'), run('r2')] };

describe('notebook edits', () => {
  it('replaces one note and deletes one run', () => {
    expect(withNote(book, 'r2', 'B wins').entries.map((e) => e.note)).toEqual(['first', 'B wins']);
    expect(withoutEntry(book, 'r1').entries.map((e) => e.id)).toEqual(['r2']);
  });
});

describe('notebook import', () => {
  it('merges by id: new runs are appended, known ids replaced in place', () => {
    const merged = mergeById(book, [run('r3'), run('r1', 'imported')]);
    expect(merged.notebook.entries.map((e) => [e.id, e.note])).toEqual([
      ['r1', 'imported'],
      ['r2', ''],
      ['r3', ''],
    ]);
    expect(importSummary(merged)).toBe('Imported 2 runs: 1 new, 1 replaced.');
  });

  it('imports an exported file back unchanged', () => {
    const merged = importNotebook(emptyNotebook(), notebookToJson(book));
    expect(merged).toEqual({ notebook: book, added: 2, replaced: 0 });
    expect(asNotebook(JSON.parse(notebookToJson(book)))).toEqual(book);
  });

  it('ignores a file that is not JSON', () => {
    expect(importNotebook(book, '{"version": 1, entries')).toBe(
      'That file is not JSON, so it was ignored. Your notebook is unchanged.',
    );
  });

  it('ignores foreign JSON and malformed runs with the reason', () => {
    expect(importNotebook(book, JSON.stringify({ version: 1, lessonsRead: [] }))).toBe(
      'That file was ignored (not a Balloon Lab notebook (version 1)). Your notebook is unchanged.',
    );
    const bad = { version: 1, entries: [run('ok'), { ...run('bad'), schedule: 'A,B' }] };
    expect(importNotebook(book, JSON.stringify(bad))).toBe(
      'That file was ignored (a saved run is malformed). Your notebook is unchanged.',
    );
  });

  it('says so when a valid file holds nothing', () => {
    const merged = importNotebook(book, JSON.stringify(emptyNotebook()));
    expect(typeof merged).toBe('object');
    if (typeof merged === 'object') expect(importSummary(merged)).toMatch(/holds no saved runs/);
  });
});
