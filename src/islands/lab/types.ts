/** The props <Lab> hands its island: plain JSON, validated and highlighted at build time. */
import type { BalloonVariant, CoreVariant, Scenario } from '../../model';
import type { HighlightedLines } from '../lib/highlighted';
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
 * What the island's props carry: the same, with the code as token data rather than HTML (the
 * static rendering already holds the current variant's highlighted code; the island decodes the
 * data once, for every variant it may switch to).
 */
export type LabIslandProps = Omit<LabProps, 'highlight'> & { highlight: HighlightedLines };
