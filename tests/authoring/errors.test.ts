/**
 * One bad file per mistake an instructor can make, and the exact message each one gets. These are
 * the messages `npm run build`, `npm start` and `npm run check` stop with.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProps } from '../../src/components/lib/props';
import { COMPONENT_PROPS } from '../../src/components/props';
import { checkClaims } from '../../src/scenarios/claims';
import { loadScenarios, parseScenario } from '../../src/scenarios/load';
import { SCENARIO_LIMITS } from '../../src/schemas/scenario';
import { readCourse } from '../../src/site/lessons';
import { fixtureTag } from './tag-props';

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

/** The message a function throws, or 'no error'. */
function thrown(read: () => unknown): string {
  try {
    read();
    return 'no error';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('mistakes between scenario files', () => {
  const DIRS = `${FIXTURES}/scenario-dirs`;

  it('a .yaml and a .yml file with one id', () => {
    expect(thrown(() => loadScenarios(`${DIRS}/yaml-yml-pair`))).toBe(
      `Invalid scenarios:\n${DIRS}/yaml-yml-pair/race.yml: id: 'race' is also the id of ${DIRS}/yaml-yml-pair/race.yaml (keep one of the two files)`,
    );
  });

  it('an upper-case .YAML file, which would never be read', () => {
    expect(thrown(() => loadScenarios(`${DIRS}/upper-case`))).toBe(
      `Invalid scenarios:\n${DIRS}/upper-case/race.YAML: (file name): the extension must be lower-case, or the file is never read (rename it to race.yaml)`,
    );
  });

  it('lists every broken file, not only the first', () => {
    const lines = thrown(() => loadScenarios(`${FIXTURES}/scenarios`)).split('\n');
    expect(lines.slice(1).map((line) => line.split(':')[0])).toEqual([
      `${FIXTURES}/scenarios/unknown-field.yaml`,
      `${FIXTURES}/scenarios/unknown-program.yaml`,
      `${FIXTURES}/scenarios/unknown-variant.yaml`,
    ]);
  });
});

describe('scenario size caps', () => {
  const file = 'content/scenarios/isolate-vs-deflate.yaml';
  const text = readFileSync(file, 'utf8');
  const withDescription = (length: number) =>
    text.replace(/^description:[^\n]*(\n[ ]+[^\n]*)*/m, `description: ${'x'.repeat(length)}`);

  it('refuses a 20 MB file before parsing it', () => {
    const big = withDescription(20 * 1024 * 1024);
    expect(thrown(() => parseScenario(big, file))).toBe(
      `${file}: (file): ${Math.ceil(big.length / 1024)} KB is too big: a scenario file may hold at most 64 KB (shorten description and notes)`,
    );
  });

  it('refuses a description over its cap, and accepts one at it', () => {
    const max = SCENARIO_LIMITS.description;
    expect(thrown(() => parseScenario(withDescription(max + 1), file))).toBe(
      `${file}: description: must be at most ${max} characters: shorten it`,
    );
    expect(parseScenario(withDescription(max), file).description).toHaveLength(max);
  });
});

describe('mistakes in a lesson', () => {
  const message = thrown(() => readCourse(`${FIXTURES}/lessons`));
  const L = `${FIXTURES}/lessons`;

  it('an unknown frontmatter field', () => {
    expect(message).toContain(
      `${L}/01-unknown-field.mdx: unknown field 'minuts' (did you mean minutes?)`,
    );
  });

  it('a prerequisite that names no lesson', () => {
    expect(message).toContain(
      `${L}/02-bad-prerequisite.mdx: prerequisites[0]: no lesson has the id 'unknown-feild' (did you mean unknown-field?)`,
    );
  });

  it('two lessons with one id (a lesson copied under a new number)', () => {
    expect(message).toContain(
      `${L}/10-the-fix.mdx: (file name): the lesson id 'the-fix' is also the id of ${L}/05-the-fix.mdx (rename one: the id is the file name after NN-)`,
    );
  });

  it('a lesson that lists itself as a prerequisite', () => {
    expect(message).toContain(
      `${L}/03-self-prerequisite.mdx: prerequisites[0]: a lesson cannot be its own prerequisite ('self-prerequisite')`,
    );
  });

  it('a prerequisite that comes later in the course', () => {
    expect(message).toContain(
      `${L}/04-later-prerequisite.mdx: prerequisites[0]: 'the-fix' is ${L}/05-the-fix.mdx, which does not come before this lesson (a prerequisite must be an earlier lesson)`,
    );
  });

  it('one widget id in two lessons, whatever the widgets', () => {
    expect(message).toContain(
      `${L}/07-quiz-b.mdx:10: <Quiz id="shared-quiz">: id 'shared-quiz' is also used by <Quiz> at ${L}/06-quiz-a.mdx:8 (progress is stored by id: give each widget its own)`,
    );
    expect(message).toContain(
      `${L}/08-predict.mdx:8: <Predict id="shared-quiz">: id 'shared-quiz' is also used by <Quiz> at ${L}/06-quiz-a.mdx:8`,
    );
    // The id="…" inside an option's explanation is text, not a prop.
    expect(message).not.toContain('not-this');
  });
});

describe('the real course with 08-the-fix.mdx copied to 14-the-fix.mdx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'course-'));
  cpSync('content/lessons', dir, { recursive: true });
  const source = readFileSync('content/lessons/08-the-fix.mdx', 'utf8');
  writeFileSync(join(dir, '14-the-fix.mdx'), source);
  const message = thrown(() => readCourse(dir));
  const quizLine = source.split('\n').findIndex((line) => line.startsWith('<Quiz')) + 1;

  it('fails naming the copy, the original and the repeated quiz id', () => {
    expect(message).toContain(
      `${dir}/14-the-fix.mdx: (file name): the lesson id 'the-fix' is also the id of ${dir}/08-the-fix.mdx`,
    );
    expect(message).toContain(
      `${dir}/14-the-fix.mdx:${quizLine}: <Quiz id="fix-which-order">: id 'fix-which-order' is also used by <Quiz> at ${dir}/08-the-fix.mdx:${quizLine}`,
    );
  });

  it('the shipped course itself has none of these problems', () => {
    expect(readCourse().length).toBeGreaterThan(0);
  });
});

describe('mistakes in a component: one fixture per component', () => {
  const DIR = `${FIXTURES}/components`;
  const url = new URL('https://example.org/lessons/memory-ballooning/');
  const L = 'content/lessons/01-memory-ballooning.mdx';
  /** The build error for the one tag in a fixture, as the component's own check raises it. */
  const error = (name: string) => {
    const { component, props } = fixtureTag(readFileSync(`${DIR}/${name}.mdx`, 'utf8'));
    return thrown(() => checkProps(url, component, COMPONENT_PROPS[component](), props));
  };

  it('has a fixture for every component with a props schema', () => {
    const fixtures = readdirSync(DIR).map((f) => f.replace(/\.mdx$/, ''));
    expect(fixtures.sort()).toEqual(Object.keys(COMPONENT_PROPS).sort());
  });

  it.each([
    ['Lab', `<Lab shedule="A,B">: unknown prop 'shedule' (did you mean schedule?)`],
    ['Checker', `<Checker baloon="no-page-lock">: unknown prop 'baloon' (did you mean balloon?)`],
    [
      'Trace',
      `<Trace tilte="Deflate first">: unknown prop 'tilte' (its props are scenario, balloon, core, schedule, title)`,
    ],
    ['Predict', `<Predict targte="P">: unknown prop 'targte' (did you mean target?)`],
    [
      'Quiz',
      `<Quiz>: the prop 'options' is required; <Quiz option={[{"text":"balloon_pages_lock","correct":true,"explain":…}>: unknown prop 'option' (did you mean options?)`,
    ],
    [
      'BreakTheFix',
      `<BreakTheFix scenario="isolate-vs-deflate">: unknown prop 'scenario' (<BreakTheFix> takes no props)`,
    ],
    ['Lifecycle', `<Lifecycle page="P">: unknown prop 'page' (<Lifecycle> takes no props)`],
    [
      'ModelNumber',
      `<ModelNumber>: the prop 'stat' is required; <ModelNumber stats="states">: unknown prop 'stats' (did you mean stat?)`,
    ],
    [
      'ModelSchedule',
      `<ModelSchedule cores="core-racy">: unknown prop 'cores' (did you mean core?)`,
    ],
    [
      'SeedDiff',
      `<SeedDiff captoin="The new isolate">: unknown prop 'captoin' (did you mean caption?)`,
    ],
    [
      'SchemaTable',
      `<SchemaTable>: the prop 'schema' is required; <SchemaTable schemas="lesson">: unknown prop 'schemas' (did you mean schema?)`,
    ],
  ])('%s', (name, message) => {
    expect(error(name)).toBe(`${L}: ${message}`);
  });
});

describe('mistakes in a component: values', () => {
  const url = new URL('https://example.org/lessons/memory-ballooning/');
  const check = (component: string, props: Record<string, unknown>) =>
    thrown(() => checkProps(url, component, COMPONENT_PROPS[component](), props));
  const L = 'content/lessons/01-memory-ballooning.mdx';

  it('an unknown scenario id or variant, with a suggestion', () => {
    expect(check('Lab', { scenario: 'isolate-vs-deflat' })).toBe(
      `${L}: <Lab scenario="isolate-vs-deflat">: unknown scenario (did you mean isolate-vs-deflate?)`,
    );
    expect(check('Lab', { scenario: 'isolate-vs-deflate', balloon: 'no-pagelock' })).toBe(
      `${L}: <Lab balloon="no-pagelock">: unknown balloon (did you mean no-page-lock?)`,
    );
    expect(check('Checker', { scenario: 'isolate-vs-deflate', core: 'racy' })).toBe(
      `${L}: <Checker core="racy">: unknown core (expected one of: core-page-lock, core-test-and-set, core-racy)`,
    );
  });

  it('a value of the wrong type', () => {
    expect(check('Lab', { scenario: 'isolate-vs-deflate', compare: 'true' })).toBe(
      `${L}: <Lab compare="true">: expected boolean, got string`,
    );
    expect(check('SeedDiff', { file: 'mm/balloon_compaction.c', hunk: '3' })).toBe(
      `${L}: <SeedDiff hunk="3">: expected number, got string`,
    );
  });

  it('a quiz without a right answer, or with an option that does not explain itself', () => {
    const option = (correct: boolean, explain = 'Because.') => ({ text: 'T', correct, explain });
    const quiz = (options: unknown[]) => ({ id: 'q', question: 'Q?', options });
    expect(check('Quiz', quiz([option(false), option(false)]))).toBe(
      `${L}: <Quiz options={[{"text":"T","correct":false,"explain":"Because."},{"te…}>: at least one must be correct`,
    );
    expect(check('Quiz', quiz([option(true, ' '), option(false)]))).toBe(
      `${L}: <Quiz options={[{"text":"T","correct":true,"explain":" "},{"text":"T",…}>: [0].explain: explain is missing`,
    );
    expect(check('Quiz', { ...quiz([option(true), option(false)]), id: 'Not A Slug' })).toBe(
      `${L}: <Quiz id="Not A Slug">: must be a slug like "l2-who-sets-isolated"`,
    );
  });

  it('ignores the scope class Astro adds on a page with scoped styles, and no other class', () => {
    expect(check('Lifecycle', { class: 'astro-qv4bozhi' })).toBe('no error');
    expect(check('Lifecycle', { class: 'wide' })).toBe(
      `${L}: <Lifecycle class="wide">: unknown prop 'class' (<Lifecycle> takes no props)`,
    );
  });

  it('returns the props with defaults filled in', () => {
    expect(checkProps(url, 'Lab', COMPONENT_PROPS.Lab(), { scenario: 'double-isolate' })).toEqual({
      scenario: 'double-isolate',
      balloon: 'patched',
      core: 'core-page-lock',
      compare: false,
    });
  });
});
