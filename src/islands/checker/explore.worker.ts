/**
 * The exhaustive check off the main thread: the full-cycle scenario takes tens of milliseconds,
 * enough to drop frames, so the checker always runs here when the browser has workers. It posts
 * progress every 4096 states, which is also how the page knows the worker is still alive.
 */
import type { CheckRequest, CheckResponse } from './types';
import { buildCheckView } from './view';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, scenario, variants } = event.data;
  const post = (answer: CheckResponse) => self.postMessage(answer);
  try {
    post({
      id,
      view: buildCheckView(scenario, variants, {
        progressEvery: 4096,
        onProgress: (progress) => post({ id, progress }),
      }),
    });
  } catch (error) {
    post({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
