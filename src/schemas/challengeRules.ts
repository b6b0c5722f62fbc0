/**
 * Cross-field rules of a scenario's `challenges:`: ids are unique, and a `reach` goal names CPUs
 * the scenario has and outcome parts those CPUs' programs can end with. Whether the goal can be
 * met at all is the explorer's question, asked by the build (src/scenarios/challenges.ts).
 */
import type { Scenario } from '../model/scenario';
import { outcomeParts } from '../model/challenge/goal';
import { OUTCOME_EXAMPLES, outcomePartNames } from '../model/challenge/outcomeNames';
import { nearest, unknownName } from '../model/suggest';

type Issue = (path: (string | number)[], message: string) => void;

/** Every problem with `s.challenges`, reported through `issue` with its field path. */
export function checkChallenges(s: Scenario, issue: Issue): void {
  const ids = (s.challenges ?? []).map((c) => c.id);
  (s.challenges ?? []).forEach((c, i) => {
    if (ids.indexOf(c.id) !== i) issue(['challenges', i, 'id'], `duplicate challenge id '${c.id}'`);
    if (c.goal.kind === 'reach')
      checkOutcome(s, c.goal.outcome, ['challenges', i, 'goal', 'reach'], issue);
  });
}

/** `B:deflate-took-P,A:isolate-deflated`: each part must name a CPU and a part it can end with. */
function checkOutcome(s: Scenario, outcome: string, path: (string | number)[], issue: Issue): void {
  const parts = outcomeParts(outcome);
  if (!parts.length) return issue(path, 'name an outcome such as B:deflate-took-P');
  const cpuNames = s.cpus.map((c) => c.name);
  const seen = new Set<string>();
  for (const part of parts) {
    const [name, ...rest] = part.split(':');
    const ending = rest.join(':');
    const cpu = cpuNames.indexOf(name);
    if (!rest.length) {
      issue(
        path,
        `'${part}' must say which CPU: <CPU>:<outcome>, e.g. ${cpuNames[0]}:${outcomePartNames(s, 0)[0]}`,
      );
    } else if (cpu < 0) {
      issue(path, unknownName('CPU', name, cpuNames));
    } else if (seen.has(name)) {
      issue(path, `CPU ${name} is named twice: a CPU ends in one outcome`);
    } else if (!outcomePartNames(s, cpu).includes(ending)) {
      issue(path, unknownOutcome(s, cpu, ending));
    }
    seen.add(name);
  }
}

function unknownOutcome(s: Scenario, cpu: number, ending: string): string {
  const { name, program } = s.cpus[cpu];
  const near = nearest(ending, outcomePartNames(s, cpu));
  const hint = near
    ? `did you mean ${name}:${near}?`
    : `CPU ${name} runs ${program}; its outcomes look like ${OUTCOME_EXAMPLES[program]}`;
  return `unknown outcome '${name}:${ending}' (${hint})`;
}
