/**
 * A challenge as <Lab challenge="…"> hands it to the lab island: the built challenge's goal,
 * limits, hints and par or proof, plus where it sits in the campaign (the next challenge's link,
 * the checker that proves an impossible one). Plain JSON, computed at build time.
 */
import type { BalloonVariant, ChallengeGoal, CoreVariant } from '../../../model';

/** A link to another page of the course: its words and address. */
export interface CourseLink {
  title: string;
  href: string;
}

export interface LabChallenge {
  /** `<scenario>/<id>`: the key progress records the solve under. */
  key: string;
  /** The goal in a few words, e.g. "Corrupt the list". */
  title: string;
  goal: ChallengeGoal;
  /** The variants the challenge runs under; a run under others cannot meet it. */
  balloon: BalloonVariant;
  core: CoreVariant;
  /** Most steps a run may take and still count as a solve; absent: any length. */
  stepLimit?: number;
  /** The author's hints, gentlest first. */
  hints: string[];
  /** Steps of the shortest schedule that meets the goal; absent for an impossible goal. */
  par?: number;
  /** For an impossible goal: how many reachable states the checker explores (none breaks). */
  proofStates?: number;
  /** The element id of this challenge's goal bar, so the progress page can link to it. */
  anchor: string;
  /** The next challenge in the campaign, if any. */
  next?: CourseLink;
  /** A checker of the same scenario and variants, for the impossible challenge's proof. */
  checker?: CourseLink;
}
