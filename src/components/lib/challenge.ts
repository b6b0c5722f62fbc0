/**
 * Challenges as the pages need them (build time): where each one is posed (the lesson whose
 * `<Lab challenge="…">` names it), the link to its goal bar, the next one in the campaign, the
 * checker that proves an impossible one, and what `<Lab challenge="…">` hands its island.
 */
import { readFileSync } from 'node:fs';
import type { BalloonVariant, BuiltChallenge, CoreVariant } from '../../model';
import type { CourseLink, LabChallenge } from '../../islands/lab/challenge/types';
import type { ChallengeInfo } from '../../islands/progress/Challenges';
import { allChallenges } from '../../scenarios/challenges';
import { readCourse, type LessonFile } from '../../site/lessons';
import { PropError, sourceOf } from './props';

/** The id of a challenge's goal bar, e.g. `challenge-isolate-vs-deflate--corrupt-the-list`. */
export const challengeAnchor = (key: string): string =>
  `challenge-${key.replace(/[^a-z0-9-]+/g, '--')}`;

/** A lesson's MDX without {/* comments *\/} (which may hold a commented-out widget). */
const lessonText = (l: LessonFile) =>
  readFileSync(l.file, 'utf8').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');

/** Attributes of every `<Tag …>` in a lesson, as name → value. */
function tags(text: string, tag: string): Record<string, string>[] {
  return [...text.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map(([, attrs]) =>
    Object.fromEntries([...attrs.matchAll(/\b(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v])),
  );
}

/** Challenge key → the first lesson whose lab poses it. */
function posedIn(): Map<string, LessonFile> {
  const where = new Map<string, LessonFile>();
  for (const lesson of readCourse()) {
    for (const lab of tags(lessonText(lesson), 'Lab')) {
      if (lab.challenge && !where.has(lab.challenge)) where.set(lab.challenge, lesson);
    }
  }
  return where;
}

/** The lesson a challenge is played in: where a lab poses it, else its `lesson:` field. */
function lessonOf(c: BuiltChallenge, where = posedIn()): LessonFile | undefined {
  return where.get(c.key) ?? readCourse().find((l) => l.id === c.lesson);
}

const lessonName = (l: LessonFile) => `lesson ${l.order}: ${l.data.title}`;

/** The link to a challenge's goal bar in its lesson (the home page when no lesson poses it). */
function hrefOf(c: BuiltChallenge, lesson: LessonFile | undefined): string {
  return `${lesson ? `/lessons/${lesson.id}/` : '/'}#${challengeAnchor(c.key)}`;
}

/** The campaign for the progress page: every challenge in order, with its lesson and par. */
export function campaignInfo(): ChallengeInfo[] {
  const where = posedIn();
  return allChallenges().map((c) => {
    const lesson = lessonOf(c, where);
    const info: ChallengeInfo = {
      key: c.key,
      title: c.title,
      lesson: lesson ? lessonName(lesson) : 'the home page',
      href: hrefOf(c, lesson),
    };
    if (c.par !== undefined) info.par = c.par;
    return info;
  });
}

/** Lesson href → the keys of the challenges its labs pose (for the sidebar's marks). */
export function challengesByLesson(): Record<string, string[]> {
  const byLesson: Record<string, string[]> = {};
  for (const [key, lesson] of posedIn()) {
    (byLesson[`/lessons/${lesson.id}/`] ??= []).push(key);
  }
  return byLesson;
}

/** A checker of the same scenario and variants in the course, preferring the given lesson. */
function checkerOf(c: BuiltChallenge, prefer: LessonFile | undefined): CourseLink | undefined {
  const lessons = [...readCourse()].sort((a, b) => Number(b === prefer) - Number(a === prefer));
  for (const lesson of lessons) {
    const found = tags(lessonText(lesson), 'Checker').some(
      (t) => t.scenario === c.scenario && t.balloon === c.balloon && t.core === c.core,
    );
    if (found) {
      return {
        title: `See the checker prove it (${lessonName(lesson)})`,
        href: `/lessons/${lesson.id}/#checker-${c.scenario}-${c.balloon}-${c.core}`,
      };
    }
  }
  return undefined;
}

/** What <Lab challenge="…"> hands its island. */
export function labChallenge(key: string): LabChallenge {
  const all = allChallenges();
  const at = all.findIndex((c) => c.key === key);
  const c = all[at];
  const where = posedIn();
  const lesson = lessonOf(c, where);
  const lab: LabChallenge = {
    key,
    title: c.title,
    goal: c.goal,
    balloon: c.balloon,
    core: c.core,
    hints: c.hints,
    anchor: challengeAnchor(key),
  };
  if (c.stepLimit !== undefined) lab.stepLimit = c.stepLimit;
  if (c.par !== undefined) lab.par = c.par;
  if (c.proof) lab.proofStates = c.proof.states;
  const next = all[at + 1];
  if (next) lab.next = { title: next.title, href: hrefOf(next, lessonOf(next, where)) };
  const checker = c.goal.kind === 'impossible' ? checkerOf(c, lesson) : undefined;
  if (checker) lab.checker = checker;
  return lab;
}

/** The props a lab runs with: its own, or those its challenge sets. */
export interface LabModelProps {
  scenario: string;
  balloon: BalloonVariant;
  core: CoreVariant;
}

/**
 * The scenario and variants of a `<Lab>`, from its challenge when it has one. A lab needs one of
 * `scenario` and `challenge`; with a challenge, `scenario`, `balloon` and `core` are the
 * challenge's and may not be given (a PropError names the file and the prop).
 */
export function labModel(
  url: URL,
  raw: Record<string, unknown>,
  given: Partial<LabModelProps> & { challenge?: string },
): { model: LabModelProps; challenge?: LabChallenge } {
  const where = `${sourceOf(url)}: <Lab`;
  if (!given.challenge) {
    if (!given.scenario) {
      throw new PropError(`${where}>: the prop 'scenario' is required (or give a challenge)`);
    }
    return { model: given as LabModelProps };
  }
  const clash = (['scenario', 'balloon', 'core'] as const).find((p) => raw[p] !== undefined);
  if (clash) {
    throw new PropError(
      `${where} challenge="${given.challenge}" ${clash}="${String(raw[clash])}">: the challenge sets ${clash}; leave it out`,
    );
  }
  const c = allChallenges().find((x) => x.key === given.challenge)!;
  return {
    model: { scenario: c.scenario, balloon: c.balloon, core: c.core },
    challenge: labChallenge(c.key),
  };
}
