/**
 * Bench-only scenarios, bigger than the schema admits: the 5-CPU scenario of issue 14 (isolate,
 * migrate, deflate 2, putback, putback) and a 6-CPU one that adds an inflate. Built as data
 * here rather than as content files, so no lesson or claim depends on them.
 */
import type { Scenario, ScenarioCpu, ScenarioPage } from '../../src/model/scenario';

const pages = (...list: Array<[string, ScenarioPage['state']]>): ScenarioPage[] =>
  list.map(([name, state]) => ({ name, state }));

const FIVE: ScenarioCpu[] = [
  { name: 'A', program: 'isolate', args: { page: 'R', then: 'putback' } },
  { name: 'B', program: 'isolate', args: { page: 'P', then: 'migrate', newpage: 'N' } },
  { name: 'C', program: 'deflate', args: { count: 2 } },
  { name: 'D', program: 'isolate', args: { page: 'P', then: 'putback' } },
  { name: 'E', program: 'isolate', args: { page: 'P', then: 'putback' } },
];

const scenario = (id: string, title: string, p: ScenarioPage[], cpus: ScenarioCpu[]): Scenario => ({
  id,
  title,
  description: title,
  pages: p,
  cpus,
  expect: [],
});

/** Five CPUs: compaction isolates R, migrates P to N, and twice puts P back; a driver deflates 2. */
export const fiveCpus = scenario(
  'bench-five-cpus',
  'isolate R, migrate P, deflate 2, putback P, putback P',
  pages(['P', 'onList'], ['R', 'onList'], ['N', 'unallocated']),
  FIVE,
);

/** The first four of them: the ceiling of today's schema (4 CPUs). */
export const fourCpus = scenario(
  'bench-four-cpus',
  'isolate R, migrate P, deflate 2, putback P',
  pages(['P', 'onList'], ['R', 'onList'], ['N', 'unallocated']),
  FIVE.slice(0, 4),
);

/** Six CPUs: the five above plus a driver inflating Q. */
export const sixCpus = scenario(
  'bench-six-cpus',
  'the five-CPU scenario plus inflate Q',
  pages(['P', 'onList'], ['R', 'onList'], ['N', 'unallocated'], ['Q', 'unallocated']),
  [...FIVE, { name: 'F', program: 'inflate', args: { page: 'Q' } }],
);

/** Six CPUs that finish quickly: three interchangeable putbacks of P, a deflate, two inflates. */
export const sixLight = scenario(
  'bench-six-light',
  'putback P ×3, deflate 1, inflate Q, inflate S',
  pages(['P', 'onList'], ['Q', 'unallocated'], ['S', 'unallocated']),
  [
    { name: 'A', program: 'isolate', args: { page: 'P', then: 'putback' } },
    { name: 'B', program: 'isolate', args: { page: 'P', then: 'putback' } },
    { name: 'C', program: 'isolate', args: { page: 'P', then: 'putback' } },
    { name: 'D', program: 'deflate', args: { count: 1 } },
    { name: 'E', program: 'inflate', args: { page: 'Q' } },
    { name: 'F', program: 'inflate', args: { page: 'S' } },
  ],
);
