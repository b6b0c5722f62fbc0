/**
 * The widgets in a lesson's MDX source (or an .astro page) that run a scenario (<Lab>, <Trace>,
 * <Checker>, <Predict>), in page order, with the variants they name: the one reader of "which
 * scenario does this widget run". The social cards draw the first one; the embed routes give
 * every lesson checker a page and credit each lab to the lesson it is in; labPageFor finds the
 * page that has a scenario's lab.
 */
import { DEFAULT_VARIANTS } from '../model';
import { challengeByKey } from '../scenarios/challenges';

export type ScenarioWidgetName = 'Lab' | 'Trace' | 'Checker' | 'Predict';

export interface ScenarioWidget {
  widget: ScenarioWidgetName;
  scenario: string;
  balloon: string;
  core: string;
  /** The CPU names of its `schedule` prop; empty when it has none. */
  schedule: string[];
}

const TAG = /<(Lab|Trace|Checker|Predict)\b([^>]*?)\/?>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** MDX comments `{/* … *\/}` may hold a commented-out widget, which does not count. */
const dropComments = (source: string) => source.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');

/**
 * The scenario widgets of one source. The build has already validated their props; a variant
 * left out is the components' default, and `<Lab challenge="<scenario>/<id>">` runs the
 * challenge's scenario under its variants.
 */
export function scenarioWidgets(body: string): ScenarioWidget[] {
  return [...dropComments(body).matchAll(TAG)].flatMap(([, widget, attrs]): ScenarioWidget[] => {
    const posed = widget === 'Lab' ? attr(attrs, 'challenge') : undefined;
    if (posed !== undefined) {
      const c = challengeByKey(posed);
      if (!c) return [];
      return [
        { widget: 'Lab', scenario: c.scenario, balloon: c.balloon, core: c.core, schedule: [] },
      ];
    }
    const scenario = attr(attrs, 'scenario');
    if (!scenario) return [];
    const balloon = attr(attrs, 'balloon') ?? DEFAULT_VARIANTS.balloon;
    const core = attr(attrs, 'core') ?? DEFAULT_VARIANTS.core;
    const schedule = (attr(attrs, 'schedule') ?? '').split(',').filter(Boolean);
    return [{ widget: widget as ScenarioWidgetName, scenario, balloon, core, schedule }];
  });
}

/** The scenarios of the labs in one source, in page order (a scenario once per lab). */
export const labScenarios = (source: string): string[] =>
  scenarioWidgets(source)
    .filter((w) => w.widget === 'Lab')
    .map((w) => w.scenario);
