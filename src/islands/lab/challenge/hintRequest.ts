/**
 * Asking the model for a hint: in a worker when the browser has one (hint.worker.ts), else on
 * the page. Either way the hint code (the state-graph search) is fetched only when the learner
 * first asks, never with the lab.
 */
import type { ChallengeGoal, Hint, Scenario, Variants } from '../../../model';

export interface HintRequest {
  id: number;
  scenario: Scenario;
  variants: Variants;
  schedule: number[];
  goal: ChallengeGoal;
}

export type HintResponse = { id: number; hint: Hint } | { id: number; error: string };

let worker: Worker | null | undefined;
let nextId = 0;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./hint.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}

async function onPage(request: Omit<HintRequest, 'id'>): Promise<Hint> {
  const { hintAt } = await import('../../../model/challenge/hint');
  return hintAt(request.scenario, request.variants, request.schedule, request.goal);
}

function inWorker(w: Worker, request: Omit<HintRequest, 'id'>): Promise<Hint> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const done = () => {
      w.removeEventListener('message', message);
      w.removeEventListener('error', failed);
    };
    const message = (event: MessageEvent<HintResponse>) => {
      if (event.data.id !== id) return;
      done();
      if ('hint' in event.data) resolve(event.data.hint);
      else reject(new Error(event.data.error));
    };
    // A worker that cannot start (a blocked script) is not asked again: the page answers.
    const failed = () => {
      done();
      w.terminate();
      worker = null;
      onPage(request).then(resolve, reject);
    };
    w.addEventListener('message', message);
    w.addEventListener('error', failed);
    w.postMessage({ id, ...request });
  });
}

/** The model's hint for the run `schedule` (CPU indexes) towards `goal`. */
export function askHint(request: Omit<HintRequest, 'id'>): Promise<Hint> {
  const w = typeof Worker === 'undefined' ? null : getWorker();
  return w ? inWorker(w, request) : onPage(request);
}
