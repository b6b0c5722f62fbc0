/** Loading every scenario from content/scenarios/*.yaml (Node only: reads the directory). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../model/scenario';
import { ContentError } from '../schemas/errors';
import { parseScenario } from './parse';

export { formatIssue, formatPath, parseScenario } from './parse';

/** A scenario and the file it was read from, for messages about its claims. */
export interface ScenarioFile {
  file: string;
  scenario: Scenario;
}

/** The problem with a file name that looks like YAML but is not read as a scenario, if any. */
function nameProblem(dir: string, name: string): string | undefined {
  if (/\.ya?ml$/.test(name) || !/\.ya?ml$/i.test(name)) return undefined;
  const fixed = name.replace(/\.ya?ml$/i, (ext) => ext.toLowerCase());
  return `${join(dir, name)}: (file name): the extension must be lower-case, or the file is never read (rename it to ${fixed})`;
}

/** Problems between files: two files, e.g. x.yaml and x.yml, that claim one scenario id. */
function duplicateIds(files: ScenarioFile[]): string[] {
  return files.flatMap(({ file, scenario }, i) => {
    const first = files.findIndex((other) => other.scenario.id === scenario.id);
    if (first === i) return [];
    return [
      `${file}: id: '${scenario.id}' is also the id of ${files[first].file} (keep one of the two files)`,
    ];
  });
}

/** Every scenario file in `dir`, sorted by file name; throws one ContentError listing every problem. */
export function loadScenarioFiles(dir = 'content/scenarios'): ScenarioFile[] {
  const names = readdirSync(dir).sort();
  const problems = names.flatMap((name) => nameProblem(dir, name) ?? []);
  const files: ScenarioFile[] = [];
  for (const name of names.filter((n) => /\.ya?ml$/.test(n))) {
    const file = join(dir, name);
    try {
      files.push({ file, scenario: parseScenario(readFileSync(file, 'utf8'), file) });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  problems.push(...duplicateIds(files));
  if (problems.length > 0) throw new ContentError(problems, 'Invalid scenarios');
  return files;
}

/** Every scenario in `dir`, sorted by file name. */
export function loadScenarios(dir = 'content/scenarios'): Scenario[] {
  return loadScenarioFiles(dir).map(({ scenario }) => scenario);
}
