import { describe, expect, it } from 'vitest';
import { DEFAULT_VARIANTS, decodeEntry, labEntries } from '../../src/model';
import { embedCheckerPath, embedLabPath, iframeSnippet } from '../../src/islands/lib/embed';
import { loadScenarios } from '../../src/scenarios/load';
import { embedCheckers, embedLabs, type RouteLesson } from '../../src/site/embed/routes';
import { challengeByKey } from '../../src/scenarios/challenges';
import { labScenarios, scenarioWidgets } from '../../src/site/scenario-widgets';

const scenarios = loadScenarios('content/scenarios');
const lesson = (id: string, body: string): RouteLesson => ({ id, title: id, body });

describe('scenario widgets in MDX', () => {
  it('reads each widget that runs a scenario, in page order, with its schedule', () => {
    const body = [
      '<Quiz id="q1" />',
      '<Checker scenario="s" balloon="patched" core="core-racy" />',
      '<Lab scenario="t" balloon="page-lock" core="core-page-lock" schedule="A,B" compare />',
      '<SeedDiff file="mm/balloon_compaction.c" hunk={1} />',
    ].join('\n');
    expect(scenarioWidgets(body)).toEqual([
      { widget: 'Checker', scenario: 's', balloon: 'patched', core: 'core-racy', schedule: [] },
      {
        widget: 'Lab',
        scenario: 't',
        balloon: 'page-lock',
        core: 'core-page-lock',
        schedule: ['A', 'B'],
      },
    ]);
  });
});

describe('the lab widgets of a source', () => {
  it('resolves a challenge lab to its challenge’s scenario and variants', () => {
    const c = challengeByKey('double-isolate/isolate-twice')!;
    expect(scenarioWidgets('<Lab challenge="double-isolate/isolate-twice" />')).toEqual([
      { widget: 'Lab', scenario: c.scenario, balloon: c.balloon, core: c.core, schedule: [] },
    ]);
  });

  it('drops commented-out widgets and a challenge that does not exist', () => {
    const body = [
      '{/* <Lab scenario="full-cycle" balloon="patched" core="core-page-lock" /> */}',
      '<Lab challenge="double-isolate/no-such-challenge" />',
      '<Lab scenario="inflate-vs-isolate" balloon="patched" core="core-page-lock" />',
    ].join('\n');
    expect(labScenarios(body)).toEqual(['inflate-vs-isolate']);
  });

  it('gives a left-out variant the components’ default and skips a widget with no scenario', () => {
    const [lab] = scenarioWidgets('<Lab scenario="t" balloon="patched" /><Checker balloon="x" />');
    expect(lab).toEqual({
      widget: 'Lab',
      scenario: 't',
      balloon: 'patched',
      core: DEFAULT_VARIANTS.core,
      schedule: [],
    });
    expect(scenarioWidgets('<Checker balloon="patched" core="core-racy" />')).toEqual([]);
  });
});

describe('embed routes', () => {
  const lessons = [
    lesson('one', 'Prose.'),
    lesson('two', '<Lab scenario="double-isolate" balloon="patched" core="core-racy" />'),
    lesson(
      'three',
      '<Lab scenario="isolate-vs-deflate" balloon="page-lock" core="core-page-lock" />',
    ),
  ];

  it('gives every scenario a lab; lesson labs first, in course order, with their variants', () => {
    const labs = embedLabs(scenarios, lessons);
    expect(labs.map((l) => l.scenario).sort()).toEqual(scenarios.map((s) => s.id).sort());
    expect(labs.slice(0, 2).map((l) => [l.scenario, l.balloon, l.core, l.lesson?.id])).toEqual([
      ['double-isolate', 'patched', 'core-racy', 'two'],
      ['isolate-vs-deflate', 'page-lock', 'core-page-lock', 'three'],
    ]);
  });

  it('opens a scenario no lesson shows with its first claim, credited to the course', () => {
    const lab = embedLabs(scenarios, lessons).find((l) => l.scenario === 'full-cycle')!;
    const claim = scenarios.find((s) => s.id === 'full-cycle')!.expect[0];
    expect(lab).toMatchObject({ balloon: claim.balloon, core: claim.core, lesson: null });
  });

  it('gives each distinct lesson checker one page, credited to its first lesson', () => {
    const checker = '<Checker scenario="double-isolate" balloon="patched" core="core-racy" />';
    const checkers = embedCheckers([lesson('a', checker), lesson('b', `${checker}\n${checker}`)]);
    expect(checkers).toHaveLength(1);
    expect(checkers[0].lesson?.id).toBe('a');
  });
});

describe('embed links and snippets', () => {
  it('puts a run in the lab embed page’s hash, readable by the share-link codec', () => {
    const run = {
      scenario: 'double-isolate',
      balloon: 'patched',
      core: 'core-racy',
      schedule: ['A', 'B'],
    };
    const path = embedLabPath(run);
    expect(path.startsWith('/embed/lab/double-isolate/#lab=')).toBe(true);
    const [entry] = labEntries(path.slice(path.indexOf('#')));
    expect(decodeEntry(entry!)).toEqual(run);
  });

  it('names a checker by its path', () => {
    expect(embedCheckerPath('isolate-vs-deflate', 'patched', 'core-page-lock')).toBe(
      '/embed/checker/isolate-vs-deflate/patched/core-page-lock/',
    );
  });

  it('escapes the URL and the title inside the snippet’s attributes', () => {
    const snippet = iframeSnippet('https://x.example/embed/lab/a/#lab=a&b', 'Say "hi" <now>', 600);
    expect(snippet).toBe(
      '<iframe src="https://x.example/embed/lab/a/#lab=a&amp;b" title="Say &quot;hi&quot; &lt;now>" width="100%" height="600" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});
