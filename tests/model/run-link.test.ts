/** The share-link codec (src/model/run/link.ts): one format, every old spelling still opens. */
import { describe, expect, it } from 'vitest';
import {
  decodeEntry,
  encodeRun,
  labEntries,
  labKeys,
  linkNotice,
  noticeText,
  readHash,
  restoreRun,
  runHash,
  scheduleFromNames,
  withRun,
  type HashResult,
  type SharedRun,
} from '../../src/model';
import { RACE, scenario } from '../islands/lab/fixtures';

/** What the lab would say about a hash, as text. */
const said = (result: HashResult): string => noticeText(linkNotice(result) ?? []);

const race = scenario('isolate-vs-deflate');
const run: SharedRun = {
  scenario: 'isolate-vs-deflate',
  balloon: 'no-page-lock',
  core: 'core-page-lock',
  schedule: RACE,
};

describe('share link codec', () => {
  it('encodes a run as scenario~balloon~core~names', () => {
    expect(encodeRun({ ...run, schedule: ['A', 'B', 'B', 'B'] })).toBe(
      'isolate-vs-deflate~no-page-lock~core-page-lock~A.B.B.B',
    );
  });

  it('round-trips a run through the hash and restores the same schedule', () => {
    const hash = withRun('', run);
    expect(hash).toBe(`#lab=${encodeRun(run)}`);
    const restored = readHash(hash, race);
    expect(restored).toEqual({
      kind: 'run',
      total: RACE.length,
      run: {
        balloon: 'no-page-lock',
        core: 'core-page-lock',
        schedule: scheduleFromNames(race, RACE),
      },
    });
    expect(linkNotice(restored)).toBeNull();
  });

  it('round-trips an empty schedule', () => {
    const hash = withRun('#', { ...run, schedule: [] });
    expect(decodeEntry(labEntries(hash)[0]!)).toEqual({ ...run, schedule: [] });
    expect(readHash(hash, race)).toMatchObject({ kind: 'run', run: { schedule: [] } });
  });

  it('keeps one entry per scenario: two labs on a page do not collide', () => {
    const other = {
      scenario: 'double-isolate',
      balloon: 'patched',
      core: 'core-racy',
      schedule: ['B'],
    };
    let hash = withRun('', run);
    hash = withRun(hash, other);
    hash = withRun(hash, { ...run, schedule: ['A'] });
    expect(labEntries(hash)).toEqual([encodeRun(other), encodeRun({ ...run, schedule: ['A'] })]);
    const onPage = ['isolate-vs-deflate', 'double-isolate'];
    const place = (key: string) => ({ key, onPage });
    expect(readHash(hash, race, place(race.id))).toMatchObject({
      kind: 'run',
      run: { schedule: [0] },
    });
    expect(readHash(hash, scenario('double-isolate'), place('double-isolate'))).toMatchObject({
      kind: 'run',
      run: { core: 'core-racy', schedule: [1] },
    });
  });

  it('ignores fragments that are not lab entries, and drops them when writing', () => {
    expect(readHash('#find-the-race', race)).toEqual({ kind: 'none' });
    expect(readHash('', race)).toEqual({ kind: 'none' });
    expect(withRun('#find-the-race', run)).toBe(`#lab=${encodeRun(run)}`);
  });

  it('reads the percent-encoded form other widgets write', () => {
    const parts = [run.scenario, run.balloon, run.core, 'A.B'].map(encodeURIComponent);
    expect(readHash(`#lab=${parts.join('~')}`, race)).toMatchObject({
      kind: 'run',
      run: { schedule: [0, 1] },
    });
    expect(readHash('#lab=isolate-vs-deflate%7Epatched%7Ecore-page-lock%7EA', race)).toMatchObject({
      kind: 'run',
    });
  });
});

describe('garbled share links never throw and say why', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'unknown balloon code',
      '#lab=isolate-vs-deflate~no-lock~core-page-lock~A',
      /unknown balloon code 'no-lock'/,
    ],
    [
      'unknown core',
      '#lab=isolate-vs-deflate~patched~core-magic~A',
      /unknown migration core 'core-magic'/,
    ],
    ['unknown CPU', '#lab=isolate-vs-deflate~patched~core-page-lock~A.Z', /unknown CPU 'Z'/],
    ['bad percent-encoding', '#lab=%E0%A4%A', /percent-encoding/],
    ['junk', '#lab=hello', /scenario~balloon~core~schedule/],
    ['too many fields', '#lab=a~b~c~d~e', /scenario~balloon~core~schedule/],
    ['empty field', '#lab=isolate-vs-deflate~~core-page-lock~A', /scenario~balloon~core~schedule/],
    ['a scenario no lab here runs', '#lab=nope~patched~core-page-lock~A', /no lab on this page/],
  ];
  it.each(cases)('%s', (_, hash, reason) => {
    const result = readHash(hash, race);
    expect(result.kind).toBe('garbled');
    expect(said(result)).toMatch(reason);
    expect(said(result)).toMatch(/so the lab shows its default run\.$/);
  });
});

describe('a link that replays only partly opens the steps that run and stops there', () => {
  it('a step that cannot run', () => {
    // Under patched, A takes balloon_pages_lock on its 5th step, so B spins at its 2nd.
    const result = restoreRun({ ...run, balloon: 'patched', schedule: RACE }, race);
    expect(result).toMatchObject({
      kind: 'run',
      run: { balloon: 'patched', schedule: [0, 0, 0, 0, 0, 1] },
      total: 16,
      stop: { kind: 'cannot-run', index: 6, cpu: 'B' },
    });
    expect(said(result)).toBe(
      'Replayed 6 of 16 steps from the link; step 7 cannot run: CPU B is spinning on balloon_pages_lock held by CPU A. The lab stops there.',
    );
  });

  it('a step after a CPU finished', () => {
    const many = Array.from({ length: 40 }, () => 'A');
    const result = restoreRun({ ...run, balloon: 'patched', schedule: many }, race);
    expect(result.kind === 'run' && result.run.schedule.length).toBeLessThan(40);
    expect(said(result)).toMatch(
      /; step \d+ cannot run: CPU A has finished\. The lab stops there\.$/,
    );
  });
});

describe('junk', () => {
  it('survives arbitrary junk', () => {
    for (const junk of [
      '#',
      '#&&&',
      '#lab=',
      '#lab=~~~',
      '#lab=a~b~c~..',
      '#x=1&lab',
      '#lab=%',
      '#lab=\u0000~a',
    ]) {
      expect(() => said(readHash(junk, race))).not.toThrow();
    }
  });
});

describe('two labs of the same scenario on one page', () => {
  it('key the second lab <id>@2, so their runs do not collide', () => {
    const keys = labKeys(['double-isolate', 'isolate-vs-deflate', 'double-isolate']);
    expect(keys).toEqual(['double-isolate', 'isolate-vs-deflate', 'double-isolate@2']);
    const twice = scenario('double-isolate');
    const first = { key: 'double-isolate', onPage: keys };
    const second = { key: 'double-isolate@2', onPage: keys };
    let hash = withRun('', {
      scenario: 'double-isolate',
      balloon: 'patched',
      core: 'core-racy',
      schedule: ['A'],
    });
    hash = withRun(hash, {
      scenario: 'double-isolate@2',
      balloon: 'patched',
      core: 'core-test-and-set',
      schedule: ['B'],
    });
    expect(hash).toContain('&lab=double-isolate@2~patched~core-test-and-set~B');
    expect(readHash(hash, twice, first)).toMatchObject({
      kind: 'run',
      run: { core: 'core-racy', schedule: [0] },
    });
    expect(readHash(hash, twice, second)).toMatchObject({
      kind: 'run',
      run: { core: 'core-test-and-set', schedule: [1] },
    });
  });

  it('a link naming the plain id (as other widgets write it) opens the first one only', () => {
    const keys = labKeys(['double-isolate', 'double-isolate']);
    const hash = '#lab=double-isolate~patched~core-racy~A';
    const twice = scenario('double-isolate');
    expect(readHash(hash, twice, { key: keys[0], onPage: keys }).kind).toBe('run');
    expect(readHash(hash, twice, { key: keys[1], onPage: keys })).toEqual({ kind: 'none' });
  });
});

describe('old links keep opening (fixtures written by each former writer)', () => {
  const proof = ['A', 'A', 'B'];
  const fixtures: Array<[string, string]> = [
    // src/islands/lab/share.ts wrote the whole entry percent-encoded ('@' left readable);
    // src/islands/checker/labLink.ts and src/islands/notebook/labLink.ts encoded each field.
    // For these ids both spell the same; the '@' case is below.
    [
      'the lab, the checker and the notebook',
      '#lab=isolate-vs-deflate~no-page-lock~core-page-lock~A.A.B',
    ],
    // A browser that escaped the separators when the link was pasted.
    ['escaped separators', '#lab=isolate-vs-deflate%7Eno-page-lock%7Ecore-page-lock%7EA.A.B'],
    // Another fragment kept before it, as a lesson's heading anchor plus a lab entry.
    ['after other parameters', '#x=1&lab=isolate-vs-deflate~no-page-lock~core-page-lock~A.A.B'],
  ];
  it.each(fixtures)('written by %s', (_, hash) => {
    expect(readHash(hash, race)).toEqual({
      kind: 'run',
      total: 3,
      run: { balloon: 'no-page-lock', core: 'core-page-lock', schedule: [0, 0, 1] },
    });
  });

  it('the second lab of a scenario, with its @ escaped by a per-field writer', () => {
    const keys = labKeys(['double-isolate', 'double-isolate']);
    const hash = '#lab=double-isolate%402~patched~core-racy~B';
    const twice = scenario('double-isolate');
    expect(readHash(hash, twice, { key: keys[1], onPage: keys })).toMatchObject({
      kind: 'run',
      run: { schedule: [1] },
    });
  });

  it('runHash writes what every fixture reads', () => {
    const written = runHash({ ...run, schedule: proof });
    expect(written).toBe(fixtures[0][1]);
  });
});
