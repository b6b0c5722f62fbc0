import { describe, expect, it } from 'vitest';
import { describeState, replay, scheduleFromNames } from '../../../src/model';
import { stateTables } from '../../../src/islands/lab/stateRows';
import { scenario } from './fixtures';

const race = scenario('isolate-vs-deflate');
const views = (names: string[]) =>
  replay(
    race,
    { balloon: 'no-page-lock', core: 'core-page-lock' },
    scheduleFromNames(race, names),
  ).snapshots.map(describeState);

const text = (rows: { name: string; cells: { text: string }[] }[]) =>
  Object.fromEntries(rows.map((r) => [r.name, r.cells.map((c) => c.text)]));

describe('shared-state tables', () => {
  it('shows the initial state, nothing marked as changed', () => {
    const t = stateTables(views([])[0]);
    expect(text(t.locks)).toEqual({
      balloon_pages_lock: ['nobody', 'nobody'],
      'driver mutex (vb->balloon_lock)': ['nobody', 'nobody'],
    });
    expect(text(t.pages)).toEqual({
      P: ['onList', 'b', 'balloon list', 'yes', 'yes', 'no', 'unlocked', '1'],
    });
    expect(text(t.lists)).toEqual({
      'balloon list (b->pages)': ['P'],
      "A's migratepages": ['empty'],
      "B's local list": ['empty'],
    });
    expect(text(t.counters)).toMatchObject({ 'b->isolated_pages': ['0'], NR_BALLOON_PAGES: ['1'] });
    expect(
      [...t.locks, ...t.pages, ...t.lists, ...t.counters]
        .flatMap((r) => r.cells)
        .some((c) => c.changed),
    ).toBe(false);
  });

  it('shows holders and spinners, and marks only what the step changed', () => {
    const v = views(['A', 'A', 'A', 'A', 'A', 'B', 'B']);
    const t = stateTables(v[7], v[6]);
    expect(text(t.locks)).toMatchObject({
      balloon_pages_lock: ['CPU B', 'CPU A'],
      'driver mutex (vb->balloon_lock)': ['CPU B', 'nobody'],
      'PG_locked of P': ['CPU A', 'nobody'],
    });
    const changed = t.locks.flatMap((r) =>
      r.cells.filter((c) => c.changed).map((c) => `${r.name}: ${c.text}`),
    );
    expect(changed).toEqual(['balloon_pages_lock: CPU B', 'balloon_pages_lock: CPU A']);
    expect(t.pages[0].cells.some((c) => c.changed)).toBe(false);
  });

  it('marks page->private and the list move when deflate takes P', () => {
    const v = views(['B', 'B', 'B', 'B', 'B']);
    const t = stateTables(v[5], v[4]);
    expect(t.pages[0].cells[1]).toEqual({ text: '0', changed: true });
  });
});
