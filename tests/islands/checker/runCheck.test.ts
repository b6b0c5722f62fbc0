/**
 * The browser check always ends: a silent worker times out, cancelling terminates it, a broken
 * worker is replaced by the main thread on the next try, and progress keeps a long check alive.
 * Timers are Vitest's fake ones, so nothing here depends on the machine's speed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScenarios } from '../../../src/scenarios/load';
import type { CheckRequest, CheckResponse } from '../../../src/islands/checker/types';

type Behaviour = (w: FakeWorker, req: CheckRequest) => void;
let behaviour: Behaviour = () => {};
const made: FakeWorker[] = [];

class FakeWorker {
  terminated = false;
  private listeners = new Map<string, Set<(e: unknown) => void>>();
  constructor() {
    made.push(this);
  }
  addEventListener(type: string, f: (e: unknown) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(f);
  }
  removeEventListener(type: string, f: (e: unknown) => void) {
    this.listeners.get(type)?.delete(f);
  }
  emit(type: string, data?: CheckResponse) {
    for (const f of this.listeners.get(type) ?? []) f({ data });
  }
  postMessage(req: CheckRequest) {
    behaviour(this, req);
  }
  terminate() {
    this.terminated = true;
  }
}

const scenario = loadScenarios().find((s) => s.id === 'isolate-vs-deflate')!;
const variants = { balloon: 'patched', core: 'core-page-lock' } as const;
const progress = { states: 4096, transitions: 9000, elapsedMs: 10, statesPerSecond: 409600 };

async function load() {
  vi.resetModules();
  return import('../../../src/islands/checker/runCheck');
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', FakeWorker);
  made.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('runCheck', () => {
  it('gives up on a worker that stops answering, terminates it and uses a fresh one next time', async () => {
    const { runCheck, SILENCE_MS } = await load();
    behaviour = () => {};
    const run = runCheck(scenario, variants);
    const outcome = expect(run).rejects.toMatchObject({ kind: 'timeout' });
    await vi.advanceTimersByTimeAsync(SILENCE_MS);
    await outcome;
    expect(made[0].terminated).toBe(true);
    behaviour = (w, req) => w.emit('message', { id: req.id, error: 'boom' });
    await expect(runCheck(scenario, variants)).rejects.toMatchObject({ kind: 'failed' });
    expect(made).toHaveLength(2);
  });

  it('keeps waiting while progress arrives, and passes it on', async () => {
    const { runCheck, SILENCE_MS } = await load();
    const seen: number[] = [];
    behaviour = (w, req) => {
      for (let t = 1; t <= 5; t++)
        setTimeout(() => w.emit('message', { id: req.id, progress }), (t * SILENCE_MS) / 2);
      setTimeout(
        () => w.emit('message', { id: req.id, view: { verdict: 'safe' } as never }),
        3 * SILENCE_MS,
      );
    };
    const run = runCheck(scenario, variants, { onProgress: (p) => seen.push(p.states) });
    await vi.advanceTimersByTimeAsync(3 * SILENCE_MS);
    expect((await run).where).toBe('worker');
    expect(seen).toEqual([4096, 4096, 4096, 4096, 4096]);
    expect(made[0].terminated).toBe(false);
  });

  it('cancels: the worker is terminated and the promise rejects at once', async () => {
    const { runCheck } = await load();
    behaviour = () => {};
    const controller = new AbortController();
    const run = runCheck(scenario, variants, { signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toMatchObject({ kind: 'cancelled' });
    expect(made[0].terminated).toBe(true);
  });

  it('after a worker error the retry runs on the page and finishes', async () => {
    const { runCheck } = await load();
    behaviour = (w) => w.emit('error');
    await expect(runCheck(scenario, variants)).rejects.toMatchObject({ kind: 'failed' });
    vi.useRealTimers();
    const retry = await runCheck(scenario, variants);
    expect(retry.where).toBe('page');
    expect(retry.view.verdict).toBe('safe');
    expect(made).toHaveLength(1);
  });
});
