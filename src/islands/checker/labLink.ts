/**
 * "Replay in the lab" links: the lab's share hash (the model's one codec, src/model/run/link.ts)
 * on the same page, so a lesson's checker opens its own lab at the counterexample.
 */
import { runHash, type BalloonVariant, type CoreVariant } from '../../model';

/** The fragment that opens the lab on `scenario` under the variants, replaying `schedule`. */
export function labHref(
  scenario: string,
  variants: { balloon: BalloonVariant; core: CoreVariant },
  schedule: readonly string[],
): string {
  return runHash({ scenario, ...variants, schedule });
}
