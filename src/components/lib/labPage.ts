/**
 * Where a widget can send the learner to continue a run in a lab: the page itself when it has a
 * lab of that scenario, else the first lesson whose lab runs it, else the lab's reference page
 * when one of its labs does. A `<Lab challenge="<scenario>/<id>">` runs the challenge's scenario.
 * Read from the lesson sources at build time (MDX comments dropped,
 * so a commented-out widget does not count).
 */
import { readFileSync } from 'node:fs';
import { readCourse } from '../../site/lessons';

/** The lab reference page and the scenarios of its labs (src/pages/widgets/lab.astro). */
const REFERENCE = { page: '/widgets/lab/', file: 'src/pages/widgets/lab.astro' };

const labScenarios = (file: string): string[] =>
  [
    ...readFileSync(file, 'utf8')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .matchAll(/<Lab\b[^>]*?\b(?:scenario="([^"]+)"|challenge="([^"/]+)\/)/g),
  ].map((m) => m[1] ?? m[2]);

/** The page (path ending in /) with a lab of `scenario`, preferring `here`; null if none has. */
export function labPageFor(scenario: string, here: string): string | null {
  const pages = [
    ...readCourse().map((l) => ({ page: `/lessons/${l.id}/`, file: l.file })),
    REFERENCE,
  ].filter((p) => labScenarios(p.file).includes(scenario));
  return (pages.find((p) => p.page === here) ?? pages[0])?.page ?? null;
}
