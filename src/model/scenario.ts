/**
 * A scenario as the model sees it: the validated form of a content/scenarios/*.yaml file.
 * The zod schema in src/schemas/scenario.ts must produce exactly this shape (a test checks).
 */
import type { Challenge } from './challenge/types';
import type { BalloonVariant, CoreVariant, InvariantId, ProgramName } from './types';

/** A page that exists when the scenario starts ('onList') or that a program allocates. */
export interface ScenarioPage {
  name: string;
  state: 'onList' | 'unallocated';
}

/** One CPU: its name in schedules, its program and the program's arguments. */
export interface ScenarioCpu {
  name: string;
  program: ProgramName;
  args: {
    /** inflate: the page it allocates; isolate: the page compaction scans. */
    page?: string;
    /** deflate: how many pages it asks for. */
    count?: number;
    /** isolate: what compaction does with the page once isolated. */
    then?: 'putback' | 'migrate';
    /** isolate … then: migrate: the page the core allocates as migration target. */
    newpage?: string;
  };
}

/** What the scenario claims for one variant pair, with a proof for a claimed violation. */
export interface ScenarioExpectation {
  balloon: BalloonVariant;
  core: CoreVariant;
  verdict: 'safe' | InvariantId;
  /** A schedule (CPU names) that reaches the claimed violation; required unless safe. */
  proof?: string[];
  /** Outcome ids that must be reachable. */
  outcomes?: string[];
  note?: string;
}

/** A validated scenario. */
export interface Scenario {
  id: string;
  title: string;
  description: string;
  pages: ScenarioPage[];
  cpus: ScenarioCpu[];
  expect: ScenarioExpectation[];
  /** Goals for the lab in this scenario (./challenge/types.ts). */
  challenges?: Challenge[];
}
