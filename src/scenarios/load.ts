/** Loading every scenario from content/scenarios/*.yaml (Node only: reads the directory). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../model/scenario';
import { parseScenario } from './parse';

export { formatIssue, formatPath, parseScenario } from './parse';

/** Every scenario in `dir`, sorted by file name. */
export function loadScenarios(dir = 'content/scenarios'): Scenario[] {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  return files.map((f) => parseScenario(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}
