/**
 * One lesson's social card, end to end: the drawing, the wrapped title, the SVG and its PNG. PNGs
 * are cached on disk by the hash of everything that draws them (the SVG, the fonts, resvg's
 * WebAssembly), so a build after the first redraws only the cards whose lesson or drawing changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../model';
import { CARD, cardLayout, cardSvg, wrapTitle } from './card';
import { diagramFor, drawDiagram } from './diagram';
import { fontMetrics, measure } from './metrics';
import { FONTS, rasteriser, toPng, WASM } from './raster';

const CACHE_DIR = 'node_modules/.cache/balloon-lab/cards';

/** What a card needs to know about its lesson. */
export interface CardLesson {
  order: number;
  title: string;
  /** The lesson's MDX source, where the card finds the drawing. */
  body: string;
}

/** The title's font (IBM Plex Sans Bold, the first shipped font). */
const TITLE_FONT = fontMetrics(FONTS[0]);

/** The card's SVG (exported for tests: what is drawn, before rasterising). */
export function lessonCardSvg(lesson: CardLesson, scenarios: readonly Scenario[]): string {
  const drawing = drawDiagram(diagramFor(lesson.body), scenarios);
  const width = (text: string, size: number) => measure(TITLE_FONT, text, size).width;
  const { lines, fontSize } = wrapTitle(lesson.title, cardLayout(drawing).title, width);
  return cardSvg({ kicker: `Lesson ${lesson.order}`, lines, fontSize }, drawing);
}

function cacheKey(svg: string): string {
  const hash = createHash('sha256').update(WASM).update(svg);
  for (const font of FONTS) hash.update(font);
  return hash.digest('hex').slice(0, 24);
}

/** The card as PNG bytes, from the cache when the same card was drawn before. */
export async function lessonCardPng(
  lesson: CardLesson,
  scenarios: readonly Scenario[],
): Promise<Uint8Array> {
  const svg = lessonCardSvg(lesson, scenarios);
  const file = join(CACHE_DIR, `${cacheKey(svg)}.png`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  await rasteriser();
  const png = toPng(svg);
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, png);
  return png;
}

export { CARD };
