/**
 * The widgets in a lesson's MDX source that run a scenario (<Lab>, <Trace>, <Checker>,
 * <Predict>), in page order, with the variants they name. The social cards draw the first one;
 * the embed routes give every lesson checker a page and credit each lab to the lesson it is in.
 */
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

/** The scenario widgets of one MDX source. The build has already validated their props. */
export function scenarioWidgets(body: string): ScenarioWidget[] {
  return [...body.matchAll(TAG)].flatMap(([, widget, attrs]) => {
    // <Lab challenge="<scenario>/<id>"> runs the challenge's scenario under its variants.
    const posed = widget === 'Lab' ? attr(attrs, 'challenge') : undefined;
    const c = posed === undefined ? undefined : challengeByKey(posed);
    if (c)
      return [
        { widget: 'Lab', scenario: c.scenario, balloon: c.balloon, core: c.core, schedule: [] },
      ];
    const [scenario, balloon, core] = ['scenario', 'balloon', 'core'].map((n) => attr(attrs, n));
    if (!scenario || !balloon || !core) return [];
    const schedule = (attr(attrs, 'schedule') ?? '').split(',').filter(Boolean);
    return [{ widget: widget as ScenarioWidgetName, scenario, balloon, core, schedule }];
  });
}
