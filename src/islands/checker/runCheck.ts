/**
 * Runs the exhaustive check in the browser: in a module worker when the browser has one, else on
 * the main thread. Either way the explorer is fetched only now, never with the page. A worker
 * run reports progress, can be cancelled, and gives up when the worker stops answering, so the
 * caller always gets an answer and can re-enable its button.
 */
import type { ExploreProgress, Scenario, Variants } from '../../model';
import type { CheckResponse, CheckView } from './types';

/** A finished check, and where and how long it took (including the worker's start-up). */
export interface CheckRun {
  view: CheckView;
  where: 'worker' | 'page';
  roundTripMs: number;
}

/** Why a check ended without a view; the message is a sentence fragment for the notice. */
export class CheckFailure extends Error {
  constructor(
    readonly kind: 'cancelled' | 'timeout' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'CheckFailure';
  }
}

export interface CheckControls {
  onProgress?: (p: ExploreProgress) => void;
  /** Aborting terminates the worker (the only way to stop a synchronous search). */
  signal?: AbortSignal;
  /** Give up when the worker has said nothing for this long (it reports every few ms). */
  silenceMs?: number;
}

/** Progress comes every 4096 states, a few times a second even on a slow phone. */
export const SILENCE_MS = 20_000;

let worker: Worker | null | undefined;
let nextId = 0;

/** Checks every interleaving of the scenario under the variants. */
export async function runCheck(
  scenario: Scenario,
  variants: Variants,
  controls: CheckControls = {},
): Promise<CheckRun> {
  const t0 = performance.now();
  const w = typeof Worker === 'undefined' ? null : getWorker();
  const view = w
    ? await viaWorker(w, scenario, variants, controls)
    : await onMainThread(scenario, variants);
  return { view, where: w ? 'worker' : 'page', roundTripMs: performance.now() - t0 };
}

async function onMainThread(scenario: Scenario, variants: Variants): Promise<CheckView> {
  const { buildCheckView } = await import('./view');
  return buildCheckView(scenario, variants);
}

/** The shared worker, created on first use; null once it proved unusable. */
function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    // The build makes this worker a chunk of the page's own build (astro.config.mjs,
    // sharedChunks), so it imports the model chunk the page already has.
    worker = new Worker(new URL('./explore.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}

/** Forgets the worker: a cancelled or stuck search can only be stopped by terminating it. */
function discard(w: Worker, usable: boolean): void {
  w.terminate();
  if (worker === w) worker = usable ? undefined : null;
}

function viaWorker(
  w: Worker,
  scenario: Scenario,
  variants: Variants,
  { onProgress, signal, silenceMs = SILENCE_MS }: CheckControls,
): Promise<CheckView> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: CheckView | CheckFailure, usable = true) => {
      clearTimeout(timer);
      w.removeEventListener('message', message);
      w.removeEventListener('error', failed);
      signal?.removeEventListener('abort', cancel);
      if (result instanceof CheckFailure) {
        discard(w, usable);
        reject(result);
      } else resolve(result);
    };
    const watch = () => {
      clearTimeout(timer);
      const quiet = new CheckFailure(
        'timeout',
        `the checker stopped answering for ${silenceMs / 1000} s`,
      );
      timer = setTimeout(() => finish(quiet), silenceMs);
    };
    const message = (event: MessageEvent<CheckResponse>) => {
      const data = event.data;
      if (data.id !== id) return;
      if ('progress' in data) return (watch(), onProgress?.(data.progress));
      finish('view' in data ? data.view : new CheckFailure('failed', data.error));
    };
    // A worker that fails (a blocked script, an old browser) is not asked again: the retry
    // runs on the page instead.
    const failed = () => finish(new CheckFailure('failed', 'the background worker failed'), false);
    const cancel = () => finish(new CheckFailure('cancelled', 'you cancelled it'));
    if (signal?.aborted) return cancel();
    w.addEventListener('message', message);
    w.addEventListener('error', failed);
    signal?.addEventListener('abort', cancel);
    watch();
    w.postMessage({ id, scenario, variants });
  });
}
