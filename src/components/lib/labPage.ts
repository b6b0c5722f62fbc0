/**
 * Where a widget can send the learner to continue a run in a lab: the page itself when it has a
 * lab of that scenario, else the first lesson whose lab runs it, else the lab's reference page
 * when one of its labs does. Read from the sources at build time by scenarioWidgets (a
 * `<Lab challenge="<scenario>/<id>">` runs the challenge's scenario; a commented-out widget does
 * not count).
 */
import { readFileSync } from 'node:fs';
import { readCourse } from '../../site/lessons';
import { labScenarios } from '../../site/scenario-widgets';

/** The lab reference page and the scenarios of its labs (src/pages/widgets/lab.astro). */
const REFERENCE = { page: '/widgets/lab/', file: 'src/pages/widgets/lab.astro' };

/** The page (path ending in /) with a lab of `scenario`, preferring `here`; null if none has. */
export function labPageFor(scenario: string, here: string): string | null {
  const pages = [
    ...readCourse().map((l) => ({ page: `/lessons/${l.id}/`, file: l.file })),
    REFERENCE,
  ].filter((p) => labScenarios(readFileSync(p.file, 'utf8')).includes(scenario));
  return (pages.find((p) => p.page === here) ?? pages[0])?.page ?? null;
}

/** Scenario id → the page with its lab, for every scenario some page has a lab of (the notebook's "Open in the lab"). */
export function labPages(scenarios: readonly string[], here = ''): Record<string, string> {
  return Object.fromEntries(
    scenarios.flatMap((id) => {
      const page = labPageFor(id, here);
      return page ? [[id, page]] : [];
    }),
  );
}

/**
 * The page part of a link from `here` into a lab of `scenario` (a checker's "Replay in the lab"):
 * '' when `here` has such a lab, else the page that has one, else the scenario's embedded lab
 * (every scenario has one), so a share hash never lands on a page without its lab. From an embed
 * page (one widget, framed by another site) it is always the embedded lab.
 */
export function labLinkPage(scenario: string, here: string): string {
  const embedded = `/embed/lab/${encodeURIComponent(scenario)}/`;
  const page = here.replace(/\/?$/, '/');
  if (page.startsWith('/embed/')) return page === embedded ? '' : embedded;
  const target = labPageFor(scenario, page);
  if (target === page) return '';
  return target ?? embedded;
}
