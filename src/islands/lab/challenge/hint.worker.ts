/**
 * The model's hint off the main thread. The first hint for a challenge explores the scenario's
 * whole state graph (milliseconds for a small race, longer for a big one); the worker keeps each
 * scenario object it was sent, so the model's graph cache (keyed by that object) serves every
 * later hint with one replay.
 */
import { hintAt, type Scenario } from '../../../model';
import type { HintRequest, HintResponse } from './hintRequest';

const scenarios = new Map<string, Scenario>();

self.onmessage = (event: MessageEvent<HintRequest>) => {
  const { id, scenario, variants, schedule, goal } = event.data;
  const key = JSON.stringify(scenario);
  if (!scenarios.has(key)) scenarios.set(key, scenario);
  const answer = (r: HintResponse) => self.postMessage(r);
  try {
    answer({ id, hint: hintAt(scenarios.get(key)!, variants, schedule, goal) });
  } catch (error) {
    answer({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
