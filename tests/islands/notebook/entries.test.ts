import { describe, expect, it } from 'vitest';
import {
  checkImportFile,
  IMPORT_SLICE,
  importNotebook,
  importProgress,
  importSummary,
  MAX_RUNS,
  mergeById,
  mergeImport,
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
    expect(asNotebook(JSON.parse(notebookToJson(book)))).toEqual({ ok: book });
  });

  it('ignores a file that is not JSON', () => {
    expect(importNotebook(book, '{"version": 1, entries')).toBe(
      'That file was ignored (not readable JSON). Your notebook is unchanged.',
    );
  });

  it('ignores foreign JSON and a newer version with the reason', () => {
    expect(importNotebook(book, JSON.stringify({ version: 1, lessonsRead: [] }))).toBe(
      'That file was ignored (a notebook without a list of runs). Your notebook is unchanged.',
    );
    expect(importNotebook(book, JSON.stringify({ version: 3, entries: [] }))).toBe(
      'That file was ignored (a Balloon Lab notebook from a newer version (3)). Your notebook is unchanged.',
    );
  });

  it('imports the valid runs of a partly malformed file and says what it left out', () => {
    const bad = { version: 1, entries: [run('ok'), { ...run('bad'), schedule: 'A,B' }] };
    const merged = importNotebook(book, JSON.stringify(bad));
    expect(typeof merged === 'object' && merged.notebook.entries.map((e) => e.id)).toEqual([
      'r1',
      'r2',
      'ok',
    ]);
    expect(typeof merged === 'object' && importSummary(merged)).toBe(
      'Imported 1 run: 1 new, 0 replaced. In the file, 1 malformed run left out.',
    );
  });

  it('merges a 1-run file into 2 stored runs and reports exactly that', () => {
    const merged = importNotebook(book, JSON.stringify({ version: 1, entries: [run('r9')] }));
    expect(typeof merged === 'object' && merged.notebook.entries.map((e) => e.id)).toEqual([
      'r1',
      'r2',
      'r9',
    ]);
    expect(typeof merged === 'object' && importSummary(merged)).toBe(
      'Imported 1 run: 1 new, 0 replaced.',
    );
  });

  it('refuses an import that would pass the limit, naming it', () => {
    const many = Array.from({ length: MAX_RUNS - 1 }, (_, i) => run(`m${i}`));
    const merged = importNotebook(book, JSON.stringify({ version: 1, entries: many }));
    expect(merged).toBe(
      'That import would make 10,001 runs; a notebook keeps at most 10,000. Nothing was imported. Your notebook is unchanged.',
    );
    const fits = importNotebook(book, JSON.stringify({ version: 1, entries: many.slice(1) }));
    expect(typeof fits === 'object' && fits.added).toBe(MAX_RUNS - 2);
  });

  it('says so when a valid file holds nothing', () => {
    const merged = importNotebook(book, JSON.stringify(emptyNotebook()));
    expect(typeof merged).toBe('object');
    if (typeof merged === 'object')
      expect(importSummary(merged)).toMatch(/holds no valid saved runs/);
  });
});

describe('a big import, a slice at a time', () => {
  const file = (n: number, bad = 0) =>
    JSON.stringify({
      version: 1,
      entries: [
        ...Array.from({ length: n }, (_, i) => run(`r${i}`)),
        ...Array.from({ length: bad }, () => ({ id: 7 })),
      ],
    });

  it('reports each slice it has checked, then the same result as a one-shot check', async () => {
    const seen: [number, number][] = [];
    const text = file(2 * IMPORT_SLICE + 500, 2);
    const checked = await checkImportFile(text, (done, total) => {
      seen.push([done, total]);
    });
    const total = 2 * IMPORT_SLICE + 502;
    expect(seen).toEqual([
      [IMPORT_SLICE, total],
      [2 * IMPORT_SLICE, total],
      [total, total],
    ]);
    expect(checked).toEqual(asNotebook(JSON.parse(text)));
    expect('ok' in checked && checked.dropped).toBe('2 malformed runs left out');
    expect(importProgress(2000, 10_000)).toBe('Importing: checked 2,000 of 10,000 runs…');
  });

  it('merges what it checked, and refuses unreadable or foreign files without a report', async () => {
    const seen: number[] = [];
    // file(3) holds r0, r1 and r2; the notebook already has r1 and r2.
    const merged = mergeImport(
      book,
      await checkImportFile(file(3), (done) => {
        seen.push(done);
      }),
    );
    expect(typeof merged !== 'string' && importSummary(merged)).toBe(
      'Imported 3 runs: 1 new, 2 replaced.',
    );
    for (const text of ['{"version": 1, entries', JSON.stringify({ version: 1 })]) {
      expect(mergeImport(book, await checkImportFile(text, () => void seen.push(-1)))).toBe(
        importNotebook(book, text),
      );
    }
    expect(seen).toEqual([3]);
  });
});
