/** The props <Lab> hands its island: plain JSON, validated and highlighted at build time. */
import type { BalloonVariant, CoreVariant, Scenario } from '../../model';
import type { LabChallenge } from './challenge/types';

export interface LabProps {
  /** Prefix for element ids, unique on the page. */
  uid: string;
  scenario: Scenario;
  /** Code line → Shiki HTML, over every variant's listing of this scenario. */
  highlight: Record<string, string>;
  /** The default run: what the lab opens with when the URL holds no run for it. */
  balloon: BalloonVariant;
  core: CoreVariant;
  /** CPU indexes the default run starts with (the schedule prop). */
  schedule: number[];
  /** Start with "Compare lock designs" switched on. */
  compare: boolean;
  /** The challenge the lab poses (<Lab challenge="…">), if any. */
  challenge?: LabChallenge;
}

/**
 * What the island's props carry: the same, with the scenario and the code (token data for every
 * variant it may switch to) as keys of the page's data blocks (src/islands/lib/pageData.ts),
 * read once the lab goes live; the static rendering already shows the current variant's code.
 */
export type LabIslandProps = Omit<LabProps, 'highlight' | 'scenario'> & {
  data: { scenario: string; code: string };
};
