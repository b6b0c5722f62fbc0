import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labLinkPage, labPageFor, labPages } from '../../src/components/lib/labPage';
import { challengeByKey } from '../../src/scenarios/challenges';
import { readCourse } from '../../src/site/lessons';
import { labScenarios, scenarioWidgets } from '../../src/site/scenario-widgets';

describe('labPageFor', () => {
  it('counts a challenge lab as a lab of its scenario, so a lesson keeps its own runs', () => {
    // Lesson 5 poses its labs only as <Lab challenge="isolate-vs-deflate/…">.
    expect(labPageFor('isolate-vs-deflate', '/lessons/the-old-code-in-the-lab/')).toBe(
      '/lessons/the-old-code-in-the-lab/',
    );
  });

  it('falls back to the first page with a lab of the scenario, or none', () => {
    expect(labPageFor('full-cycle', '/lessons/memory-ballooning/')).toBe('/widgets/lab/');
    expect(labPageFor('no-such-scenario', '/')).toBeNull();
  });
});

describe('labPages (the notebook’s "Open in the lab")', () => {
  it('sends a scenario whose lessons pose it only as challenges to the first of those lessons', () => {
    const posed = challengeByKey('double-isolate/isolate-twice');
    const first = readCourse().find((l) => l.id === posed?.lesson);
    expect(first).toBeDefined();
    // No lesson has a <Lab scenario="double-isolate">: only challenge labs run it.
    expect(labPages(['double-isolate'])).toEqual({ 'double-isolate': `/lessons/${first!.id}/` });
  });

  it('agrees with labPageFor for every scenario and leaves out one that no page has a lab of', () => {
    const ids = ['isolate-vs-deflate', 'full-cycle', 'no-such-scenario'];
    expect(labPages(ids)).toEqual({
      'isolate-vs-deflate': labPageFor('isolate-vs-deflate', ''),
      'full-cycle': '/widgets/lab/',
    });
  });
});

describe('labLinkPage (a checker’s "Replay in the lab")', () => {
  const lessons = readCourse().map((l) => ({
    page: `/lessons/${l.id}/`,
    body: readFileSync(l.file, 'utf8'),
  }));

  it('stays on the page when it has a lab of the scenario', () => {
    expect(labLinkPage('isolate-vs-deflate', '/lessons/the-old-code-in-the-lab/')).toBe('');
  });

  it('sends every lesson checker to a page that has a lab of its scenario', () => {
    const checkers = lessons.flatMap(({ page, body }) =>
      scenarioWidgets(body)
        .filter((w) => w.widget === 'Checker')
        .map((w) => ({ page, scenario: w.scenario })),
    );
    // Lesson 10's checker runs inflate-vs-isolate, a scenario that lesson has no lab of.
    expect(
      checkers.some(
        (c) => !labScenarios(lessons.find((l) => l.page === c.page)!.body).includes(c.scenario),
      ),
    ).toBe(true);
    for (const { page, scenario } of checkers) {
      const target = labLinkPage(scenario, page) || page;
      const source =
        lessons.find((l) => l.page === target)?.body ??
        (target === '/widgets/lab/' ? readFileSync('src/pages/widgets/lab.astro', 'utf8') : null);
      if (source === null) expect(target).toBe(`/embed/lab/${scenario}/`);
      else expect(labScenarios(source), `${page} → ${target}`).toContain(scenario);
    }
  });

  it('from an embed page, opens the scenario’s embedded lab', () => {
    expect(labLinkPage('double-isolate', '/embed/checker/double-isolate/patched/core-racy/')).toBe(
      '/embed/lab/double-isolate/',
    );
  });
});
