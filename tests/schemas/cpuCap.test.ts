/**
 * The scenario schema's CPU cap (SCENARIO_LIMITS.cpus, set by what the checker explores in about
 * 2 s): a file with one CPU too many is refused with the file, the field and the cap named.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenarios/load';
import { SCENARIO_LIMITS } from '../../src/schemas/scenario';

const F = 'content/scenarios/x.yaml';

/** A valid scenario of n putbacks of P, one more than any other claim needs. */
function withCpus(n: number): string {
  const cpus = Array.from(
    { length: n },
    (_, i) => `  - { name: C${i}, program: isolate, args: { page: P } }`,
  );
  return [
    'id: x',
    'title: X',
    'description: X',
    'pages: [{ name: P, state: onList }]',
    'cpus:',
    ...cpus,
    'expect:',
    '  - { balloon: patched, core: core-page-lock, verdict: safe }',
    '',
  ].join('\n');
}

describe('the CPU cap', () => {
  it('admits exactly SCENARIO_LIMITS.cpus CPUs', () => {
    expect(parseScenario(withCpus(SCENARIO_LIMITS.cpus), F).cpus).toHaveLength(
      SCENARIO_LIMITS.cpus,
    );
  });

  it('refuses one more with a message naming the file, the field and the cap', () => {
    expect(() => parseScenario(withCpus(SCENARIO_LIMITS.cpus + 1), F)).toThrow(
      `content/scenarios/x.yaml: cpus: must have at most ${SCENARIO_LIMITS.cpus} CPUs`,
    );
  });
});
