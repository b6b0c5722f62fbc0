import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../../src/scenarios/load';
import { evaluate } from '../../../src/islands/breakthefix/live';
import { PATCHED, type Toggles } from '../../../src/islands/breakthefix/toggles';

const scenario = (id: string) => loadScenarios().find((s) => s.id === id)!;
const patched: Toggles = { scenario: 'isolate-vs-deflate', ...PATCHED };

describe('evaluate', () => {
  it('the patched code is safe and no shown line differs from the patch', () => {
    const e = evaluate(scenario('isolate-vs-deflate'), patched);
    expect(e.named).toBe('patched');
    expect(e.view.verdict).toBe('safe');
    expect(e.blocks.map((b) => b.fn)).toEqual([
      'balloon_page_isolate',
      'balloon_page_migrate',
      'balloon_page_list_dequeue',
    ]);
    expect(e.blocks.flatMap((b) => b.lines).some((l) => l.changed)).toBe(false);
    const isolate = e.blocks[0].lines.map((l) => l.code);
    expect(isolate.indexOf('spin_lock_irqsave(&balloon_pages_lock, flags);')).toBeLessThan(
      isolate.indexOf('b_dev_info = balloon_page_device(page);'),
    );
  });

  it('the code before the patch marks its early read, and deleting the page lock breaks it', () => {
    const old: Toggles = { ...patched, readPrivate: 'before-lock', finalize: 'after-unlock' };
    const e = evaluate(scenario('isolate-vs-deflate'), old);
    expect(e.named).toBe('no-page-lock');
    expect(e.view.verdict).toBe('unsafe');
    expect(e.view.counterexamples[0].invariant).toBe('list-corruption');
    const read = e.blocks[0].lines.find((l) => l.lineId === 'iso.read_early');
    expect(read).toMatchObject({ changed: true });
  });

  it('runs combinations no one named: the early read is safe again with the page lock', () => {
    const own: Toggles = { ...patched, readPrivate: 'before-lock', pageLock: true };
    const e = evaluate(scenario('isolate-vs-deflate'), own);
    expect(e.named).toBe(null);
    expect(e.view.variants.knobs).toEqual({
      pageLock: true,
      readPrivateUnderLock: false,
      finalizeUnderLock: true,
    });
    expect(e.view.verdict).toBe('safe');
    const moved = evaluate(scenario('isolate-vs-deflate'), {
      ...patched,
      readPrivate: 'before-lock',
    });
    expect([moved.named, moved.view.verdict]).toEqual([null, 'unsafe']);
  });

  it('the page lock in enqueue/dequeue shows trylock_page in the dequeue loop', () => {
    const e = evaluate(scenario('migrate-vs-deflate'), {
      ...patched,
      readPrivate: 'before-lock',
      finalize: 'after-unlock',
      pageLock: true,
    });
    expect(e.named).toBe('page-lock');
    expect(e.view.verdict).toBe('safe');
    const dequeue = e.blocks[2].lines;
    expect(dequeue.find((l) => l.code === 'if (!trylock_page(page)) continue;')).toMatchObject({
      changed: true,
    });
  });
});
