import { describe, expect, it } from 'vitest';
import { allScenarios } from '../../../src/components/lib/model';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import {
  cell,
  escapeText,
  inlineCode,
  notebookMarkdown,
  runMarkdown,
} from '../../../src/islands/notebook/markdown';
import { labHash, labHref, LAB_FALLBACK_PAGE } from '../../../src/islands/notebook/labLink';
import { replayEntry } from '../../../src/islands/notebook/run';
import type { NotebookEntry } from '../../../src/islands/lib/storage';
import { checkSchedule, initialState, step, stopSentence } from '../../../src/model';

const scenarios = allScenarios();
const RACE = ['A', 'A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'A', 'A'];
const entry: NotebookEntry = {
  id: 'r1',
  scenario: 'isolate-vs-deflate',
  balloon: 'no-page-lock',
  core: 'core-page-lock',
  schedule: RACE,
  note: 'A unlinks P from B’s list.\nSecond line | with a pipe',
  savedAt: '2025-01-02T03:04:05.000Z',
};

/** B deflates to the end, then A finds P freed: a finished run, however many steps the model takes. */
function deflateThenIsolate(): string[] {
  const sc = scenarios.find((x) => x.id === 'isolate-vs-deflate')!;
  let s = initialState(sc, { balloon: 'patched', core: 'core-page-lock' });
  const names: string[] = [];
  for (const cpu of [1, 0])
    for (; s.cpus[cpu].pc >= 0; names.push(sc.cpus[cpu].name)) s = step(s, cpu).state;
  return names;
}

const BROKEN = { balloon: 'no-page-lock', core: 'core-page-lock' } as const;
/** Under the patch B spins on balloon_pages_lock at step 7: A holds it after five steps. */
const BLOCKED = ['A', 'A', 'A', 'A', 'A', 'B', 'B'];
const blocked = replayEntry({ ...entry, balloon: 'patched', schedule: BLOCKED }, scenarios);

describe('replaying a saved run', () => {
  it('gives one row per step and reports the broken invariant', () => {
    const run = replayEntry(entry, scenarios);
    expect(run.problem).toBeUndefined();
    expect(run.rows).toHaveLength(RACE.length);
    expect(run.rows[0]).toMatchObject({ n: 1, cpu: 'A' });
    expect(run.ending.some((line) => line.startsWith('Violation (list-corruption)'))).toBe(true);
  });

  it('reports what it cannot replay instead of throwing', () => {
    expect(replayEntry({ ...entry, scenario: 'nope' }, scenarios).problem).toBe(
      'unknown scenario nope',
    );
    expect(replayEntry({ ...entry, balloon: 'weird' }, scenarios).problem).toBe(
      'unknown variant weird / core-page-lock',
    );
    expect(blocked.ending).toEqual(['Saved before the run finished.']);
  });

  it('says where a run stops in the model’s words, keeping the steps before it', () => {
    const sc = scenarios.find((x) => x.id === entry.scenario)!;
    const unknown = checkSchedule(sc, BROKEN, ['A', 'Z']).stop!;
    expect(unknown).toMatchObject({ kind: 'unknown-cpu', index: 1, cpu: 'Z' });
    const renamed = replayEntry({ ...entry, schedule: ['A', 'Z'] }, scenarios);
    expect(renamed.problem).toBe(stopSentence(unknown));
    expect(renamed.rows).toHaveLength(1);
    const cut = checkSchedule(sc, { ...BROKEN, balloon: 'patched' }, BLOCKED).stop!;
    expect(cut).toMatchObject({ kind: 'cannot-run', index: 6, cpu: 'B' });
    expect(blocked.problem).toBe(stopSentence(cut));
    expect(blocked.rows).toHaveLength(6);
  });
});

describe('Markdown export', () => {
  it('escapes table cells', () => {
    expect(cell('a | b\n  c')).toBe('a \\| b c');
  });

  it('writes a heading, the variants, the note, the ending and the step table per run', () => {
    const md = runMarkdown(entry, scenarios);
    const lines = md.split('\n');
    expect(lines[0]).toBe('## Compaction isolates P while the driver deflates');
    expect(lines).toContain(
      '- Balloon code: `no-page-lock` (Page lock deleted, nothing else changed)',
    );
    expect(lines.some((l) => l.startsWith('- Migration core: `core-page-lock` ('))).toBe(true);
    expect(lines).toContain(`- Schedule: ${RACE.join(', ')}`);
    expect(lines).toContain('> A unlinks P from B’s list.');
    expect(lines).toContain('> Second line | with a pipe');
    // The race stops right after the corrupting list_del: saved unfinished, two invariants broken.
    expect(lines).toContain('Saved before the run finished.');
    expect(lines.filter((l) => l.startsWith('Violation ('))).toHaveLength(2);
    const table = lines.filter((l) => l.startsWith('|'));
    expect(table[0]).toBe('| # | CPU | Code | What happened |');
    expect(table[1]).toBe('|---:|---|---|---|');
    expect(table).toHaveLength(2 + RACE.length);
    expect(table[2]).toMatch(
      /^\| 1 \| A \| `if \(!PageMovableOps\(page\) \\\|\\\| PageMovableOpsIsolated\(page\)\) goto fail;` \| /,
    );
  });

  it('ends a finished run with its outcome', () => {
    const md = runMarkdown(
      {
        ...entry,
        balloon: 'patched',
        schedule: deflateThenIsolate(),
      },
      scenarios,
    );
    expect(md).toContain('\nEnds: ');
  });

  it('heads the document with the export date and the number of runs', () => {
    const md = notebookMarkdown(
      [entry, { ...entry, id: 'r2', note: '' }],
      scenarios,
      '2025-02-03T00:00:00.000Z',
    );
    expect(
      md.startsWith('# Balloon Lab notebook\n\nExported 2025-02-03T00:00:00.000Z. 2 saved runs.\n'),
    ).toBe(true);
    expect(md.match(/^## /gm)).toHaveLength(2);
  });
});

describe('Open in the lab', () => {
  it('links the first lesson with that lab, with the share hash', () => {
    const short = { ...entry, schedule: ['A', 'B', 'A'] };
    expect(labHash(short)).toBe('#lab=isolate-vs-deflate~no-page-lock~core-page-lock~A.B.A');
    expect(labHref(short, { 'isolate-vs-deflate': '/lessons/x/' })).toBe(
      '/lessons/x/#lab=isolate-vs-deflate~no-page-lock~core-page-lock~A.B.A',
    );
  });

  it('falls back to the lab showcase, even for ids that collide with Object members', () => {
    expect(labHref({ ...entry, scenario: 'constructor' }, {})).toMatch(
      new RegExp(`^${LAB_FALLBACK_PAGE}#lab=constructor~`),
    );
  });
});

describe('Markdown export of hostile text', () => {
  // Rendered with HTML and every protocol allowed, as the least careful renderer would: anything
  // the export failed to escape would come out as a tag or a link.
  const render = (md: string) =>
    micromark(md, {
      allowDangerousHtml: true,
      allowDangerousProtocol: true,
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
    });
  const hostile: NotebookEntry = {
    ...entry,
    scenario: '<img src=x onerror=alert(1)>',
    balloon: 'a``b\n\n<script>x</script>',
    schedule: ['<b>A</b>', '[x](javascript:alert(2))'],
    note: [
      '<script>alert(1)</script>',
      '[click me](javascript:alert(3))',
      '<javascript:alert(4)>',
      '![img](javascript:alert(5))',
      '[ref]',
      '',
      '[ref]: javascript:alert(6)',
      'A & B &lt; C',
    ].join('\n'),
    savedAt: '<iframe src="javascript:alert(7)">',
  };

  it('writes no HTML tag and no javascript: link, whatever the learner or a file wrote', () => {
    const html = render(runMarkdown(hostile, scenarios));
    expect(html).not.toMatch(/<(script|img|iframe|b)\b/i);
    expect(html).not.toMatch(/<a\b/i);
    expect(html).not.toMatch(/<[^>]*\s(href|src)=/i);
  });

  it('keeps the text readable: the learner sees what they typed', () => {
    const html = render(runMarkdown(hostile, scenarios));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[click me](javascript:alert(3))');
    expect(html).toContain('A &amp; B &amp;lt; C');
  });

  it('escapes only what needs it, and fences code around any run of backticks', () => {
    expect(escapeText('a <b> [c](d) `e` & f\\')).toBe('a \\<b\\> \\[c\\](d) \\`e\\` \\& f\\\\');
    expect(inlineCode('x``y')).toBe('``` x``y ```');
    expect(inlineCode('two\n\nlines')).toBe('`two lines`');
  });
});
