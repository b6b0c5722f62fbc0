// "Save to notebook" (src/islands/lab/notebook.ts) over stored notebooks this course cannot
// read in full: nothing stored is lost (the storage layer's guard protects every writer).
import { describe, expect, it } from 'vitest';
import { saveRun } from '../../../src/islands/lab/notebook';
import { NOTEBOOK_KEY } from '../../../src/islands/lib/storage';
import { memory } from '../memoryStorage';

const entry = (id: string) => ({
  id,
  scenario: 'isolate-vs-deflate',
  balloon: 'no-page-lock',
  core: 'core-page-lock',
  schedule: ['A'],
  note: '',
  savedAt: '2025-01-02T03:04:05.000Z',
});
const run = {
  scenario: 'isolate-vs-deflate',
  balloon: 'patched',
  core: 'core-page-lock',
  schedule: ['B'],
  note: 'n',
};
const ids = (raw: string | undefined) => JSON.parse(raw!).entries.map((e: { id: string }) => e.id);

describe('saving a run over a notebook that cannot be read in full', () => {
  it('one malformed run of three: the two valid runs survive, the bytes are kept aside', () => {
    const raw = JSON.stringify({ version: 1, entries: [entry('r1'), { id: 7 }, entry('r3')] });
    const store = memory({ [NOTEBOOK_KEY]: raw });
    expect(saveRun(store, run, new Date(0), () => 0.5)).toMatch(/1 malformed run left out/);
    expect(ids(store.data.get(NOTEBOOK_KEY))).toEqual(['r1', 'r3', expect.any(String)]);
    expect(store.data.get(`${NOTEBOOK_KEY}:kept-aside`)).toBe(raw);
  });

  it('a version-2 notebook: nothing is saved and its bytes stay as they were', () => {
    const raw = JSON.stringify({ version: 2, runs: [entry('r1'), entry('r2'), entry('r3')] });
    const store = memory({ [NOTEBOOK_KEY]: raw });
    expect(saveRun(store, run)).toMatch(
      /^Not saved\. .*newer version of Balloon Lab \(version 2\)/,
    );
    expect(store.data.get(NOTEBOOK_KEY)).toBe(raw);
  });
});
