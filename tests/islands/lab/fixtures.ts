/** Scenarios as the build loads them, for the lab's unit tests. */
import { loadScenarios } from '../../../src/scenarios/load';
import type { Scenario } from '../../../src/model';

export function scenario(id: string): Scenario {
  const found = loadScenarios().find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

/** The checker's shortest schedule to list corruption under no-page-lock (docs/kernel-model.md §8). */
export const RACE = 'A,A,A,A,A,B,B,B,B,B,B,B,B,B,A,A'.split(',');
