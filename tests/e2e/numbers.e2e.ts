/**
 * Numbers in prose come from the model: every <ModelNumber> in the built site must show what the
 * checker computes now, and lessons must actually use them (so a typed count cannot hide here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explore, type BalloonVariant, type CoreVariant } from '../../src/model';
import { loadScenarios } from '../../src/scenarios/load';
import { modelStat, type ModelStat } from '../../src/components/lib/model';
import { listDistPages } from './lib/pages';
import { DIST } from './lib/server';

interface Shown {
  page: string;
  stat: string;
  scenario: string;
  balloon: string;
  core: string;
  text: string;
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** Every rendered ModelNumber on a built page. */
function numbersOn(page: string): Shown[] {
  const file = join(DIST, page.replace(/^\//, ''), page.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<span([^>]*data-model-stat[^>]*)>([^<]*)<\/span>/g)].map(
    ([, tag, text]) => ({
      page,
      stat: attr(tag, 'data-model-stat'),
      scenario: attr(tag, 'data-scenario'),
      balloon: attr(tag, 'data-balloon'),
      core: attr(tag, 'data-core'),
      text,
    }),
  );
}

const shown = listDistPages().flatMap(numbersOn);
const scenarios = loadScenarios();

/** What the model says the number is. */
function expected(n: Shown): string {
  const scenario = scenarios.find((s) => s.id === n.scenario)!;
  const report = explore(scenario, {
    balloon: n.balloon as BalloonVariant,
    core: n.core as CoreVariant,
  });
  return modelStat(report, n.stat as ModelStat).toLocaleString('en');
}

describe('numbers in prose', () => {
  it('lessons use model-computed numbers', () => {
    const lessons = new Set(shown.filter((n) => n.page.startsWith('/lessons/')).map((n) => n.page));
    expect(lessons.size).toBeGreaterThanOrEqual(4);
  });

  it.each(
    shown.map((n) => [`${n.page} ${n.scenario}/${n.balloon}/${n.core} ${n.stat}`, n] as const),
  )('%s equals the model', (_, n) => {
    expect(n.text).toBe(expected(n));
  });
});
