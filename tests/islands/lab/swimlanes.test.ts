import { describe, expect, it } from 'vitest';
import { replay, scheduleFromNames, type KernelState, type Variants } from '../../../src/model';
import { laneRows, type LaneRow } from '../../../src/islands/lab/stage/swimlanes';
import { RACE, scenario } from './fixtures';

const race = scenario('isolate-vs-deflate');
const NAIVE: Variants = { balloon: 'no-page-lock', core: 'core-page-lock' };
const tapeOf = (variants: Variants, names = RACE, s = race) =>
  replay(s, variants, scheduleFromNames(s, names));
const rowsOf = (variants: Variants, names = RACE, s = race) => {
  const t = tapeOf(variants, names, s);
  return { tape: t, rows: laneRows(t.snapshots, t.records) };
};

/** The locks CPU `c` holds in `s`, read from the kernel state itself, not from the views. */
function heldIn(s: KernelState, c: number): string[] {
  return [
    ...(s.spinHolder === c ? ['balloon_pages_lock'] : []),
    ...s.pages.filter((p) => p.lockedBy === c).map((p) => `PG_locked of ${p.name}`),
  ];
}

const barsOf = (row: LaneRow, c: number) => row.cells[c].bars.map((b) => b.lock).sort();
/** The first row whose step was `cpu` running a line containing `code`. */
const rowWhere = (rows: LaneRow[], cpu: number, code: string) =>
  rows.findIndex((r) => r.cpu === cpu && r.code?.includes(code));

describe('the lock-aware timeline rows', () => {
  it('has a start row and one row per step, naming the CPU and the line it ran', () => {
    const { tape, rows } = rowsOf(NAIVE);
    expect(rows).toHaveLength(RACE.length + 1);
    expect(rows[0]).toMatchObject({ step: 0, cpu: undefined, code: undefined });
    rows.slice(1).forEach((r, k) => {
      expect(r.step).toBe(k + 1);
      expect(race.cpus[r.cpu!].name).toBe(RACE[k]);
      expect(r.code).toBe(tape.records[k].code);
      expect(r.cells.filter((c) => c.stepped)).toHaveLength(1);
      expect(r.cells[r.cpu!].stepped).toBe(true);
    });
  });

  it.for([
    ['no-page-lock', 'core-page-lock'],
    ['page-lock', 'core-page-lock'],
    ['patched', 'core-page-lock'],
  ] as const)('draws a bar exactly while a CPU holds a lock (%s / %s)', ([balloon, core]) => {
    const { tape, rows } = rowsOf({ balloon, core });
    rows.forEach((r, k) =>
      race.cpus.forEach((_, c) =>
        expect(barsOf(r, c)).toEqual(heldIn(tape.snapshots[k], c).sort()),
      ),
    );
    // At most one CPU holds balloon_pages_lock on any row.
    for (const r of rows)
      expect(r.cells.filter((c) => c.bars.some((b) => b.kind === 'spinlock')).length).toBeLessThan(
        2,
      );
  });

  it('marks where each bar starts and ends, so its ends are said in words', () => {
    const { rows } = rowsOf(NAIVE);
    const held = (k: number, c: number, lock: string) =>
      k >= 0 && k < rows.length && barsOf(rows[k], c).includes(lock);
    rows.forEach((r, k) =>
      r.cells.forEach((cell, c) =>
        cell.bars.forEach((b) => {
          expect(b.from, `row ${k} CPU ${c} ${b.lock} from`).toBe(!held(k - 1, c, b.lock));
          expect(b.to, `row ${k} CPU ${c} ${b.lock} to`).toBe(
            k + 1 < rows.length && !held(k + 1, c, b.lock),
          );
        }),
      ),
    );
    // B takes balloon_pages_lock at its spin_lock and its bar ends the row before its unlock runs.
    const take = rowWhere(rows, 1, 'spin_lock_irqsave(&balloon_pages_lock');
    const drop = rowWhere(rows, 1, 'spin_unlock_irqrestore(&balloon_pages_lock');
    expect(take).toBeGreaterThan(0);
    expect(drop).toBeGreaterThan(take);
    expect(rows[take].cells[1].bars.find((b) => b.kind === 'spinlock')?.from).toBe(true);
    expect(rows[drop - 1].cells[1].bars.find((b) => b.kind === 'spinlock')?.to).toBe(true);
    expect(barsOf(rows[drop], 1)).not.toContain('balloon_pages_lock');
  });

  it('shows A spinning while B holds balloon_pages_lock, and running again once B drops it', () => {
    const { rows } = rowsOf(NAIVE);
    const take = rowWhere(rows, 1, 'spin_lock_irqsave(&balloon_pages_lock');
    const drop = rowWhere(rows, 1, 'spin_unlock_irqrestore(&balloon_pages_lock');
    for (let k = take; k < drop; k++) {
      expect(rows[k].cells[0].wait, `row ${k}`).toBe('spinning');
      expect(rows[k].cells[0].reason).toMatch(/balloon_pages_lock/);
    }
    expect(rows[drop].cells[0].wait).toBeNull();
  });

  it('marks the step that broke an invariant, and only that one', () => {
    const { tape, rows } = rowsOf(NAIVE);
    const broke = rows.filter((r) => r.broke).map((r) => r.step);
    expect(broke).toEqual(tape.records.flatMap((r, k) => (r.violations.length > 0 ? [k + 1] : [])));
    expect(broke.length).toBeGreaterThan(0);
  });

  it('says a CPU whose program is done is finished', () => {
    const { tape, rows } = rowsOf({ balloon: 'page-lock', core: 'core-page-lock' });
    const done = rows.findIndex((r) => r.cells[1].wait === 'finished');
    expect(done).toBeGreaterThan(0);
    expect(tape.records[done - 1].cpu).toBe(1);
    for (const r of rows.slice(done)) expect(r.cells[1].wait).toBe('finished');
  });

  it('has one column per CPU in a three-CPU scenario', () => {
    const cycle = scenario('full-cycle');
    const { rows } = rowsOf(NAIVE, ['A', 'B', 'C'], cycle);
    expect(rows.every((r) => r.cells.length === 3)).toBe(true);
    expect(rows.map((r) => r.cpu)).toEqual([undefined, 0, 1, 2]);
  });
});
