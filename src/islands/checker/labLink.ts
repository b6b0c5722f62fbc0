/**
 * "Replay in the lab" links. The lab's share format, agreed with the lab's author:
 *   #lab=<scenario>~<balloon>~<core>~<CPU names joined by .>
 * on the same page, so a lesson's checker opens its own lab at the counterexample.
 */
import type { BalloonVariant, CoreVariant } from '../../model';

/** The fragment that opens the lab on `scenario` under the variants, replaying `schedule`. */
export function labHref(
  scenario: string,
  variants: { balloon: BalloonVariant; core: CoreVariant },
  schedule: readonly string[],
): string {
  const parts = [scenario, variants.balloon, variants.core, schedule.join('.')];
  return `#lab=${parts.map(encodeURIComponent).join('~')}`;
}
