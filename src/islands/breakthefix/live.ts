/**
 * What the widget shows for a combination of toggles: the verdict with counterexamples and the
 * code panel, computed by the model on the main thread (about a millisecond for these scenarios).
 * The island imports this module only once the learner touches a control.
 */
import {
  balloonKnobs,
  namedVariantFor,
  programListing,
  type BalloonVariant,
  type Scenario,
  type Variants,
} from '../../model';
import { buildCheckView } from '../checker/view';
import type { CheckView } from '../checker/types';
import { codeBlocks, type CodeBlock } from './code';
import { knobsOf, withKnobs, type Toggles } from './toggles';

/** The widget's view of one combination of toggles. */
export interface Evaluation {
  /** The named balloon variant these toggles equal, or null for code of the learner's own. */
  named: BalloonVariant | null;
  view: CheckView;
  blocks: CodeBlock[];
}

/**
 * The variants the model runs for these toggles: the knobs decide the balloon code; the balloon id
 * names the matching variant when there is one (patched otherwise, which the knobs override).
 */
export function variantsFor(t: Toggles): Variants {
  const knobs = knobsOf(t);
  return { balloon: namedVariantFor(knobs) ?? 'patched', core: t.core, knobs };
}

/** The toggles set to a named variant's code (scenario and core unchanged). */
export const namedToggles = (t: Toggles, id: BalloonVariant): Toggles =>
  withKnobs(t, balloonKnobs(id));

/** Verdict, counterexamples and code panel for one combination. */
export function evaluate(scenario: Scenario, t: Toggles): Evaluation {
  const variants = variantsFor(t);
  return {
    named: namedVariantFor(knobsOf(t)),
    view: buildCheckView(scenario, variants),
    blocks: codeBlocks(listings(scenario, variants)),
  };
}

/** The compaction CPU's and the deflating CPU's code, now and under the patched code. */
function listings(scenario: Scenario, variants: Variants) {
  const cpuOf = (program: string) => scenario.cpus.findIndex((c) => c.program === program);
  const [iso, def] = [cpuOf('isolate'), cpuOf('deflate')];
  const patched: Variants = { balloon: 'patched', core: variants.core };
  const of = (v: Variants, cpu: number) => (cpu < 0 ? [] : programListing(scenario, v, cpu));
  return {
    isolate: of(variants, iso),
    deflate: of(variants, def),
    patched: { isolate: of(patched, iso), deflate: of(patched, def) },
  };
}
