/**
 * One bad file per mistake an instructor can make, and the exact message each one gets. These are
 * the messages `npm run build`, `npm start` and `npm run check` stop with.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveModelProps } from '../../src/components/lib/model';
import { checkClaims } from '../../src/scenarios/claims';
import { parseScenario } from '../../src/scenarios/load';
import { readCourse } from '../../src/site/lessons';

const FIXTURES = 'tests/authoring/fixtures';

/** The first error a scenario fixture produces, from parsing or from checking its claims. */
function scenarioError(name: string): string {
  const file = `${FIXTURES}/scenarios/${name}.yaml`;
  try {
    return checkClaims(parseScenario(readFileSync(file, 'utf8'), file), file)[0] ?? 'no error';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('mistakes in a scenario file', () => {
  it.each([
    ['unknown-field', "unknown field 'colour'"],
    ['unknown-program', "cpus[0].program: unknown program 'isolte' (did you mean isolate?)"],
    ['unknown-variant', "expect[0].balloon: unknown balloon 'pached' (did you mean patched?)"],
    ['proof-misses', "expect[0].proof: the schedule does not end in 'list-corruption'"],
    [
      'safe-refuted',
      "expect[0].verdict: 'safe' is refuted by the checker: list-corruption after A,A,A,A,A,B,B,B,B,B,B,B,B,B,A,A",
    ],
    [
      'outcome-unreachable',
      "expect[0].outcomes[0]: outcome 'A:isolate-putback,B:deflate-skipped-P-short' is unreachable under patched + core-page-lock",
    ],
  ])('%s', (name, message) => {
    const error = scenarioError(name);
    expect(error.startsWith(`${FIXTURES}/scenarios/${name}.yaml: `)).toBe(true);
    expect(error).toContain(message);
  });
});

describe('mistakes in a lesson', () => {
  const message = (() => {
    try {
      readCourse(`${FIXTURES}/lessons`);
      return 'no error';
    } catch (error) {
      return (error as Error).message;
    }
  })();

  it('an unknown frontmatter field', () => {
    expect(message).toContain(
      `${FIXTURES}/lessons/01-unknown-field.mdx: unknown field 'minuts' (did you mean minutes?)`,
    );
  });

  it('a prerequisite that names no lesson', () => {
    expect(message).toContain(
      `${FIXTURES}/lessons/02-bad-prerequisite.mdx: prerequisites[0]: no lesson has the id 'unknown-feild' (did you mean unknown-field?)`,
    );
  });
});

describe('mistakes in a component', () => {
  const url = new URL('https://example.org/lessons/memory-ballooning/');
  const resolve = (props: Record<string, string>) => () => resolveModelProps(url, 'Lab', props);

  it('an unknown scenario id', () => {
    expect(resolve({ scenario: 'isolate-vs-deflat' })).toThrow(
      'content/lessons/01-memory-ballooning.mdx: <Lab scenario="isolate-vs-deflat">: unknown scenario (did you mean isolate-vs-deflate?)',
    );
  });

  it('an unknown variant', () => {
    expect(resolve({ scenario: 'isolate-vs-deflate', balloon: 'no-pagelock' })).toThrow(
      'content/lessons/01-memory-ballooning.mdx: <Lab balloon="no-pagelock">: unknown balloon variant (did you mean no-page-lock?)',
    );
    expect(resolve({ scenario: 'isolate-vs-deflate', core: 'racy' })).toThrow(
      'content/lessons/01-memory-ballooning.mdx: <Lab core="racy">: unknown core variant (expected one of: core-page-lock, core-test-and-set, core-racy)',
    );
  });
});
