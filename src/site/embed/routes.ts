/**
 * What the embed routes (src/pages/embed/) build: one lab page per scenario, opening with the
 * variants of the first lesson lab that runs it (else the scenario's first claim), and one checker
 * page per checker in the lessons. Each names the lesson it credits.
 */
import type { Scenario } from '../../model';
import { scenarioWidgets } from '../scenario-widgets';

/** A lesson as the routes need it: its id (URL), title and MDX source, in course order. */
export interface RouteLesson {
  id: string;
  title: string;
  body: string;
}

export interface EmbedWidget {
  scenario: string;
  balloon: string;
  core: string;
  /** The lesson the attribution links to, or null for the course's home page. */
  lesson: RouteLesson | null;
}

/** Every scenario's lab: those in lessons first, in course order (the first is the default). */
export function embedLabs(
  scenarios: readonly Scenario[],
  lessons: readonly RouteLesson[],
): EmbedWidget[] {
  const labs = scenarios.map((s): EmbedWidget => {
    for (const lesson of lessons) {
      const lab = scenarioWidgets(lesson.body).find(
        (w) => w.widget === 'Lab' && w.scenario === s.id,
      );
      if (lab) return { scenario: s.id, balloon: lab.balloon, core: lab.core, lesson };
    }
    const claim = s.expect[0];
    return { scenario: s.id, balloon: claim.balloon, core: claim.core, lesson: null };
  });
  const place = (w: EmbedWidget) => (w.lesson ? lessons.indexOf(w.lesson) : lessons.length);
  return labs.sort((a, b) => place(a) - place(b));
}

/** Every distinct checker of the lessons, first use first. */
export function embedCheckers(lessons: readonly RouteLesson[]): EmbedWidget[] {
  const seen = new Map<string, EmbedWidget>();
  for (const lesson of lessons) {
    for (const w of scenarioWidgets(lesson.body).filter((w) => w.widget === 'Checker')) {
      const key = `${w.scenario}/${w.balloon}/${w.core}`;
      if (!seen.has(key))
        seen.set(key, { scenario: w.scenario, balloon: w.balloon, core: w.core, lesson });
    }
  }
  return [...seen.values()];
}
