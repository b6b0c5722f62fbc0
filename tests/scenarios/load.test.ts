/** Loading and validating scenario files: errors name the file and the field path. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenarios/load';
import { scenarioSchema } from '../../src/schemas/scenario';

const VALID = `
id: x
title: X
description: X
pages: [{ name: P, state: onList }]
cpus:
  - { name: A, program: isolate, args: { page: P } }
  - { name: B, program: deflate, args: { count: 1 } }
expect:
  - { balloon: no-page-lock, core: core-page-lock, verdict: list-corruption, proof: [A, B] }
`;
const F = 'content/scenarios/x.yaml';
const bad = (from: string, to: string) => () => parseScenario(VALID.replace(from, to), F);

describe('parseScenario', () => {
  it('accepts a valid file and fills defaults', () => {
    const s = parseScenario(VALID, F);
    expect(s.cpus[0].args).toEqual({ page: 'P' });
    expect(s.expect[0].proof).toEqual(['A', 'B']);
  });

  it('names the file, the field path and the nearest program', () => {
    expect(bad('program: isolate', 'program: isolte')).toThrow(
      "content/scenarios/x.yaml: cpus[0].program: unknown program 'isolte' (did you mean isolate?)",
    );
  });

  it('rejects unknown fields, variants, pages and CPU names', () => {
    expect(bad('title: X', 'title: X\ntitel: Y')).toThrow("x.yaml: (root): unknown field 'titel'");
    expect(bad('balloon: no-page-lock', 'balloon: no-pagelock')).toThrow(
      "expect[0].balloon: unknown balloon 'no-pagelock' (did you mean no-page-lock?)",
    );
    expect(bad('args: { page: P }', 'args: { page: R }')).toThrow(
      "cpus[0].args.page: unknown page 'R'",
    );
    expect(bad('proof: [A, B]', 'proof: [A, C]')).toThrow("expect[0].proof[1]: unknown CPU 'C'");
  });

  it('checks cross-field rules', () => {
    expect(bad('proof: [A, B]', 'outcomes: []')).toThrow(
      'expect[0].proof: verdict list-corruption needs a proof schedule',
    );
    expect(bad('{ count: 1 }', '{ page: P }')).toThrow(
      "cpus[1].args.page: deflate takes no 'page'",
    );
    expect(bad('args: { page: P }', 'args: { page: P, then: migrate }')).toThrow(
      'cpus[0].args.newpage: then: migrate needs newpage',
    );
    expect(bad('id: x', 'id: y')).toThrow("x.yaml: id: 'y' must match the file name 'x'");
    expect(() => parseScenario('id: [', F)).toThrow(/^content\/scenarios\/x.yaml: invalid YAML/);
  });

  it('describes every field of the schema', () => {
    const shape = scenarioSchema._def.schema.shape;
    for (const [k, field] of Object.entries(shape))
      expect((field as { description?: string }).description, k).toBeTruthy();
  });
});
