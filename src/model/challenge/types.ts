/**
 * Challenges: a goal for a lab run, graded by the model. A challenge is scenario data (the
 * `challenges:` list of a content/scenarios/*.yaml file, validated by src/schemas/scenario.ts);
 * the build checks each one with the explorer and adds its par (src/scenarios/challenges.ts).
 */
import type { BalloonVariant, CoreVariant, InvariantId } from '../types';

/**
 * What the learner must make happen.
 * - `break`: some step breaks the named invariant (an id of docs/kernel-model.md §7, e.g.
 *   `list-corruption` or `counting`). Met on the step that breaks it.
 * - `reach`: the run ends (no CPU can step) in the named outcome. `outcome` is one or more
 *   per-CPU outcome parts joined by commas, each `<CPU>:<part>` exactly as the checker lists
 *   outcomes: `B:deflate-skipped-P-short` asks only about CPU B, and a whole outcome id such as
 *   `A:isolate-putback,B:deflate-short` asks about every CPU. Met when every named part holds.
 * - `impossible`: no interleaving breaks any invariant under these variants. No run can meet it;
 *   the build proves it and the lab offers that proof instead of a victory.
 */
export type ChallengeGoal =
  | { kind: 'break'; invariant: InvariantId }
  | { kind: 'reach'; outcome: string }
  | { kind: 'impossible' };

/** A challenge as authored in a scenario file (after validation). */
export interface Challenge {
  /** Kebab-case, unique within its scenario; the progress key is `<scenario>/<id>`. */
  id: string;
  /** The goal in a few words, shown above the lanes, e.g. "Corrupt the list". */
  title: string;
  balloon: BalloonVariant;
  core: CoreVariant;
  goal: ChallengeGoal;
  /** Most steps a run may take and still count as a solve; absent: any length. */
  stepLimit?: number;
  /** Text hints for a learner, from the gentlest to the most telling (at least one). */
  hints: string[];
  /** The lesson whose lab poses it (its id, the file name without NN- and .mdx). */
  lesson?: string;
  /** Place among the challenges of the same lesson (lower first; default 0). */
  order?: number;
}

/** What the build proved about an `impossible` goal: the checker's own numbers. */
export interface ChallengeProof {
  /** Reachable states explored without reductions (what the checker widget reports). */
  states: number;
  /** Of those, states some step broke an invariant on the way into: always 0 once built. */
  violating: 0;
}

/** A challenge as the build hands it to pages and islands: checked, with its par or its proof. */
export interface BuiltChallenge extends Challenge {
  /** The scenario it runs in. */
  scenario: string;
  /** `<scenario>/<id>`, e.g. `isolate-vs-deflate/corrupt-the-list`: the id progress records. */
  key: string;
  /** Steps of the shortest schedule that meets the goal; absent for an impossible goal. */
  par?: number;
  /** That shortest schedule, CPU names (e.g. ["A", "A", "B"]); absent for an impossible goal. */
  parSchedule?: string[];
  /** For an impossible goal: the exhaustive check that no schedule breaks an invariant. */
  proof?: ChallengeProof;
}
