/**
 * Which drawing a lesson's social card shows: the shared state of the first widget in the lesson
 * that runs a scenario (after its schedule, when it gives one, so lesson 7's card shows the torn
 * list), or the page lifecycle when the lesson runs none. Read from the lesson's MDX source, so a
 * card follows the lesson without a field to keep in step.
 */
import { h } from 'preact';
import { renderToStaticMarkup } from 'preact-render-to-string';
import {
  describeState,
  isBalloonVariant,
  isCoreVariant,
  listPictures,
  picturesText,
  replay,
  scheduleFromNames,
  type Scenario,
} from '../../model';
import { Diagram } from '../../islands/lifecycle/Diagram';
import { StatePicture } from '../../islands/lab/stage/StatePicture';
import { pictureOf } from '../../islands/lab/stage/picture';
import { layoutLifecycle } from '../../components/lib/lifecycle-layout';
import { scenarioWidgets } from '../scenario-widgets';

/** What a card draws: a scenario's state after a schedule (maybe empty), or the lifecycle. */
export type CardDiagram =
  | { kind: 'lifecycle' }
  | { kind: 'state'; scenario: string; balloon: string; core: string; schedule: string[] };

/** The drawing for a lesson whose MDX source is `body`. */
export function diagramFor(body: string): CardDiagram {
  const first = scenarioWidgets(body)[0];
  if (!first) return { kind: 'lifecycle' };
  const { scenario, balloon, core, schedule } = first;
  return { kind: 'state', scenario, balloon, core, schedule };
}

/** A drawing as SVG markup with its own size, ready to nest inside the card. */
export interface DrawnSvg {
  markup: string;
  width: number;
  height: number;
}

function sizeOf(markup: string): { width: number; height: number } {
  const box = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(markup);
  if (!box) throw new Error('src/site/cards/diagram.ts: a drawing without a viewBox');
  return { width: Number(box[3]), height: Number(box[4]) };
}

/**
 * The live drawing positions cards with CSS transforms (so they can glide) and its pointers with
 * CSS `d`; a rasteriser reads only SVG attributes, so both become attributes here, and the
 * HTML-style empty attributes (`data-held`) become XML ones.
 */
function asAttributes(markup: string): string {
  return markup
    .replace(
      /style="transform:\s*translate\(([-\d.]+)px,\s*([-\d.]+)px\);?"/g,
      'transform="translate($1 $2)"',
    )
    .replace(/\sstyle="d:[^"]*"/g, '')
    .replace(/\s(data-[\w-]+)(?=[\s>/])/g, ' $1=""');
}

/** The drawing `d` asks for, rendered by the same components the lessons use. */
export function drawDiagram(d: CardDiagram, scenarios: readonly Scenario[]): DrawnSvg {
  if (d.kind === 'lifecycle') {
    const markup = renderToStaticMarkup(
      h(Diagram, { layout: layoutLifecycle(), current: null, label: 'The life of a balloon page' }),
    );
    return { markup: asAttributes(markup), ...sizeOf(markup) };
  }
  const scenario = scenarios.find((s) => s.id === d.scenario);
  if (!scenario || !isBalloonVariant(d.balloon) || !isCoreVariant(d.core)) {
    throw new Error(
      `src/site/cards/diagram.ts: no scenario ${d.scenario} (${d.balloon}, ${d.core})`,
    );
  }
  const variants = { balloon: d.balloon, core: d.core };
  const run = replay(scenario, variants, scheduleFromNames(scenario, d.schedule));
  const state = run.snapshots[run.snapshots.length - 1];
  const picture = pictureOf(describeState(state), listPictures(state));
  const markup = renderToStaticMarkup(
    h(StatePicture, { uid: 'card', picture, listText: picturesText(state) }),
  );
  return { markup: asAttributes(markup), ...sizeOf(markup) };
}
