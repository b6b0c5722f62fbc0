/**
 * Cross-field rules of a scenario that a field-by-field schema cannot say: names must exist,
 * each program gets exactly its arguments, allocated pages start unallocated, claims of a
 * violation carry a proof.
 */
import type { RefinementCtx } from 'astro/zod';
import type { Scenario } from '../model/scenario';
import { unknownName } from '../model/suggest';
import { checkChallenges } from './challengeRules';

type Raw = Omit<Scenario, 'cpus'> & { cpus: Array<Scenario['cpus'][number]> };
type Issue = (path: (string | number)[], message: string) => void;

const ALLOWED: Record<string, string[]> = {
  inflate: ['page'],
  deflate: ['count'],
  isolate: ['page', 'then', 'newpage'],
};

/** zod superRefine hook. */
export function checkScenario(s: Raw, ctx: RefinementCtx): void {
  const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  unique(
    s.pages.map((p) => p.name),
    'pages',
    'page',
    issue,
  );
  unique(
    s.cpus.map((c) => c.name),
    'cpus',
    'CPU',
    issue,
  );
  const allocated = new Set<string>();
  s.cpus.forEach((c, i) => checkCpu(s, c, i, allocated, issue));
  checkExpectations(s, issue);
  checkChallenges(s, issue);
}

function unique(names: string[], field: string, kind: string, issue: Issue): void {
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) issue([field, i, 'name'], `duplicate ${kind} name '${n}'`);
  });
}

function checkCpu(
  s: Raw,
  c: Raw['cpus'][number],
  i: number,
  allocated: Set<string>,
  issue: Issue,
): void {
  const at = (k: string) => ['cpus', i, 'args', k];
  for (const k of Object.keys(c.args)) {
    if (!ALLOWED[c.program].includes(k))
      issue(at(k), `${c.program} takes no '${k}' (it takes ${ALLOWED[c.program].join(', ')})`);
  }
  if (c.program === 'deflate' && c.args.count === undefined)
    issue(at('count'), 'deflate needs count');
  if (c.program !== 'deflate' && !c.args.page) issue(at('page'), `${c.program} needs page`);
  if (c.args.page) checkPage(s, c.args.page, at('page'), c.program === 'inflate', allocated, issue);
  if (c.args.then === 'migrate' && !c.args.newpage)
    issue(at('newpage'), 'then: migrate needs newpage');
  if (c.args.newpage && c.args.then !== 'migrate')
    issue(at('newpage'), 'newpage only goes with then: migrate');
  if (c.args.newpage) checkPage(s, c.args.newpage, at('newpage'), true, allocated, issue);
}

function checkPage(
  s: Raw,
  name: string,
  path: (string | number)[],
  allocates: boolean,
  allocated: Set<string>,
  issue: Issue,
): void {
  const page = s.pages.find((p) => p.name === name);
  if (!page)
    return issue(
      path,
      unknownName(
        'page',
        name,
        s.pages.map((p) => p.name),
      ),
    );
  if (!allocates) return;
  if (page.state !== 'unallocated')
    issue(path, `page '${name}' is allocated by this program, so it must start unallocated`);
  if (allocated.has(name)) issue(path, `page '${name}' is allocated by two programs`);
  allocated.add(name);
}

function checkExpectations(s: Raw, issue: Issue): void {
  const cpuNames = s.cpus.map((c) => c.name);
  const pairs = new Set<string>();
  s.expect.forEach((e, i) => {
    const pair = `${e.balloon}/${e.core}`;
    if (pairs.has(pair)) issue(['expect', i], `variant pair ${pair} is claimed twice`);
    pairs.add(pair);
    if (e.verdict !== 'safe' && !e.proof?.length)
      issue(['expect', i, 'proof'], `verdict ${e.verdict} needs a proof schedule`);
    if (e.verdict === 'safe' && e.proof)
      issue(['expect', i, 'proof'], 'a safe verdict takes no proof');
    e.proof?.forEach((n, j) => {
      if (!cpuNames.includes(n)) issue(['expect', i, 'proof', j], unknownName('CPU', n, cpuNames));
    });
  });
}
