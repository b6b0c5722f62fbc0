/**
 * The exhaustive check off the main thread: the full-cycle scenario takes tens of milliseconds,
 * enough to drop frames, so the checker always runs here when the browser has workers.
 */
import type { CheckRequest, CheckResponse } from './types';
import { buildCheckView } from './view';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, scenario, variants } = event.data;
  let answer: CheckResponse;
  try {
    answer = { id, view: buildCheckView(scenario, variants) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
