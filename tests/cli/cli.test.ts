/** The command-line lab: exit codes, the one-line errors, and what it prints. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/lab';
import {
  checkSchedule,
  DEFAULT_VARIANTS,
  EMPTY_SCHEDULE,
  explore,
  splitNames,
  stopSentence,
  type Stop,
} from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';

function lab(...argv: string[]) {
  return labIn(undefined, ...argv);
}

/** The CLI reading its scenarios from `dir` (the shipped ones when undefined). */
function labIn(dir: string | undefined, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, dir);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('check', () => {
  it('proves isolate-vs-deflate safe when patched (the default), with its state count', () => {
    const r = lab('check', 'isolate-vs-deflate');
    expect(r.code).toBe(0);
    // The counts are the checker's, not copied from a run: the model's steps may change.
    const sc = loadScenarios().find((s) => s.id === 'isolate-vs-deflate')!;
    const { states, transitions } = explore(sc, DEFAULT_VARIANTS);
    expect(r.stdout).toContain(
      `verdict: SAFE — every interleaving checked (${states} states, ${transitions} transitions`,
    );
  });

  it('prints the shortest counterexample for no-page-lock and exits 1', () => {
    const r = lab('check', 'isolate-vs-deflate', '--balloon', 'no-page-lock');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '1. list-corruption (error), shortest schedule A,A,A,A,A,B,B,B,B,B,B,B,B,B,A,A',
    );
    expect(r.stdout).toContain('CPU B clears P->private.');
    expect(r.stdout).toContain(
      "^ VIOLATION list-corruption: CPU A unlinks P at `list_del(&page->lru);` in balloon_page_isolate() while P is on CPU B's local pages list",
    );
  });

  it('emits JSON with verdict, counts, violations and outcomes', () => {
    const r = lab('check', 'double-isolate', '--core=core-racy', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      scenario: 'double-isolate',
      verdict: 'unsafe',
      variants: { balloon: 'patched', core: 'core-racy' },
    });
    expect(json.states).toBeGreaterThan(0);
    expect(json.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(json.violations[0].schedule[0]).toBe('A');
    expect(json.outcomes.length).toBeGreaterThan(0);
  });
});

describe('run and list', () => {
  it('prints the step table of a clean schedule and exits 0', () => {
    const r = lab('run', 'isolate-vs-deflate', '--schedule', 'B,B,B');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /3\s+B\s+list_for_each_entry_safe.*balloon_page_list_dequeue\(\)\s+spin=B mutex=B/,
    );
    expect(r.stdout).toContain('Not finished');
  });

  it('exits 1 when the schedule breaks an invariant', () => {
    const r = lab(
      'run',
      'isolate-vs-deflate',
      '--balloon',
      'no-page-lock',
      '--schedule',
      'A,A,A,A,A,B,B,B,B,B,B,B,B,B,A,A',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('list-corruption (error)');
  });

  it('lists scenarios and variants', () => {
    const r = lab('list');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('isolate-vs-deflate');
    expect(r.stdout).toContain('patched-finalize-outside');
  });
});

describe('bad input: exit 2 with one line on stderr', () => {
  const cases: Array<[string[], string]> = [
    [
      ['check', 'isolate-vs-deflat'],
      "balloon-lab: unknown scenario 'isolate-vs-deflat' (did you mean isolate-vs-deflate?)",
    ],
    [
      ['check', 'isolate-vs-deflate', '--balloon', 'nopagelock'],
      "balloon-lab: unknown balloon variant 'nopagelock' (did you mean no-page-lock?)",
    ],
    [['check', 'isolate-vs-deflate', '--core', 'racy'], "balloon-lab: unknown core variant 'racy'"],
    [['chek'], "balloon-lab: unknown command 'chek' (did you mean check?)"],
    [
      ['check', 'isolate-vs-deflate', '--balon', 'x'],
      "balloon-lab: unknown flag for check '--balon' (did you mean --balloon?)",
    ],
    [['run', 'isolate-vs-deflate'], 'balloon-lab: run needs --schedule, e.g. --schedule A,B,A'],
    [
      ['run', 'isolate-vs-deflate', '--schedule', ','],
      `balloon-lab: --schedule: ${EMPTY_SCHEDULE}`,
    ],
    [['check'], 'balloon-lab: check needs a scenario id'],
    [['check', 'isolate-vs-deflate', '--balloon'], 'balloon-lab: --balloon needs a value'],
    [[], 'balloon-lab: no command given'],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(' ') || '(nothing)', () => {
      const r = lab(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(1);
      expect(r.stderr.startsWith(message)).toBe(true);
      expect(r.stdout).toBe('');
    });
  }
});

describe('a schedule that cannot run: exit 2 with the model’s stop sentence', () => {
  const scenarios = loadScenarios();
  const cases: Array<[string, string, Partial<Stop>]> = [
    ['isolate-vs-deflate', 'A,X', { kind: 'unknown-cpu', index: 1, cpu: 'X' }],
    ['isolate-vs-deflate', 'B,B,A,A,A,A,A', { kind: 'cannot-run', index: 6, cpu: 'A' }],
    ['inflate-vs-isolate', 'B,B', { kind: 'cannot-run', index: 1, cpu: 'B' }],
  ];
  for (const [id, text, where] of cases) {
    it(`${id} --schedule ${text}`, () => {
      const scenario = scenarios.find((s) => s.id === id)!;
      const { stop } = checkSchedule(scenario, DEFAULT_VARIANTS, splitNames(text));
      expect(stop).toMatchObject(where);
      const r = lab('run', id, '--schedule', text);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`balloon-lab: --schedule: ${stopSentence(stop!)}`);
      expect(r.stdout).toBe('');
    });
  }
});

describe('broken content: exit 2 (never 1) with one line naming file and field', () => {
  const FIXTURES = 'tests/authoring/fixtures';
  const DIRS = `${FIXTURES}/scenario-dirs`;
  const cases: Array<[string, string[], string]> = [
    [
      `${DIRS}/yaml-yml-pair`,
      ['list'],
      `balloon-lab: ${DIRS}/yaml-yml-pair/race.yml: id: 'race' is also the id of ${DIRS}/yaml-yml-pair/race.yaml (keep one of the two files)`,
    ],
    [
      `${DIRS}/upper-case`,
      ['check', 'other'],
      `balloon-lab: ${DIRS}/upper-case/race.YAML: (file name): the extension must be lower-case, or the file is never read (rename it to race.yaml)`,
    ],
    [
      `${FIXTURES}/scenarios`,
      ['check', 'safe-refuted', '--balloon', 'no-page-lock'],
      `balloon-lab: ${FIXTURES}/scenarios/unknown-field.yaml: (root): unknown field 'colour' (and 2 more problems)`,
    ],
  ];
  for (const [dir, argv, message] of cases) {
    it(`${dir.replace(`${FIXTURES}/`, '')}: ${argv.join(' ')}`, () => {
      const r = labIn(dir, ...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(message);
      expect(r.stdout).toBe('');
    });
  }
});

describe('the installed command', () => {
  it('runs through bin.mjs with the same exit codes', () => {
    const r = spawnSync(process.execPath, ['src/cli/bin.mjs', 'check', 'inflate-vs-isolate'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('verdict: SAFE');
    const bad = spawnSync(process.execPath, ['src/cli/bin.mjs', 'check', 'nope'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^balloon-lab: unknown scenario 'nope'/);
  });
});
