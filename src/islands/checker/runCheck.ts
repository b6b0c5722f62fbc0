/**
 * Runs the exhaustive check in the browser: in a module worker when the browser has one, else on
 * the main thread. Either way the explorer is fetched only now, never with the page.
 */
import type { Scenario, Variants } from '../../model';
import type { CheckResponse, CheckView } from './types';

/** A finished check, and where and how long it took (including the worker's start-up). */
export interface CheckRun {
  view: CheckView;
  where: 'worker' | 'page';
  roundTripMs: number;
}

let worker: Worker | null | undefined;
let nextId = 0;

/** Checks every interleaving of the scenario under the variants. */
export async function runCheck(scenario: Scenario, variants: Variants): Promise<CheckRun> {
  const t0 = performance.now();
  const inWorker = await viaWorker(scenario, variants).catch(() => null);
  const view = inWorker ?? (await onMainThread(scenario, variants));
  return { view, where: inWorker ? 'worker' : 'page', roundTripMs: performance.now() - t0 };
}

async function onMainThread(scenario: Scenario, variants: Variants): Promise<CheckView> {
  const { buildCheckView } = await import('./view');
  return buildCheckView(scenario, variants);
}

/** The shared worker, created on first use; null once it proved unusable. */
function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./explore.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}

function viaWorker(scenario: Scenario, variants: Variants): Promise<CheckView> {
  const w = typeof Worker === 'undefined' ? null : getWorker();
  if (!w) return Promise.reject(new Error('no worker'));
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const done = (event: MessageEvent<CheckResponse>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', done);
      w.removeEventListener('error', failed);
      if ('view' in event.data) resolve(event.data.view);
      else reject(new Error(event.data.error));
    };
    const failed = () => {
      // A worker that fails to load (a blocked script, an old browser) is never asked again.
      worker = null;
      w.terminate();
      reject(new Error('worker failed'));
    };
    w.addEventListener('message', done);
    w.addEventListener('error', failed);
    w.postMessage({ id, scenario, variants });
  });
}
