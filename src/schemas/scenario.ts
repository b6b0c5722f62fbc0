/**
 * The schema of content/scenarios/*.yaml. Every field documents itself with .describe(), and
 * cross-field rules (names that must exist, proofs that must be given) are checked here too,
 * so a typo fails with the file and the field path named. The output type is the model's
 * `Scenario` (a test checks both agree).
 */
import { z } from 'astro/zod';
import { BALLOON_VARIANTS, CORE_VARIANTS } from '../model/variants';
import type { BalloonVariant, CoreVariant } from '../model/types';
import type { ChallengeGoal } from '../model/challenge/types';
import { checkScenario } from './scenarioRules';

/**
 * Size caps: a scenario is a few hundred words of YAML. Without them a 20 MB description stalled
 * the build for minutes before anything said what was wrong.
 */
export const SCENARIO_LIMITS = {
  /** Characters in a whole scenario file; checked before the YAML is parsed. */
  file: 64 * 1024,
  title: 120,
  description: 2000,
  note: 1000,
  outcome: 300,
  proof: 200,
  expect: 32,
  challenges: 16,
  hint: 400,
  hints: 5,
  stepLimit: 200,
  /**
   * CPUs in one scenario: what the checker explores in about 2 s in the worst case the other
   * caps allow. Four CPUs (tests/bench: isolate, migrate, deflate 2, putback) take 322k states
   * and 2.9 CPU seconds as the build explores them (symmetry only), 247k and 2.4 s reduced; five
   * take 1.7 M states and 16 CPU seconds even reduced (2026-12-02, load ~4 on two cores), and
   * the build, the lessons and the browser explore without the local-step reduction. Measured
   * by `npm run bench`; raise it when a fifth CPU fits (docs/architecture.md, the checker).
   */
  cpus: 4,
} as const;

/** A text field of at most `max` characters, with a message that says what to do. */
const capped = (max: number) =>
  z.string().max(max, `must be at most ${max} characters: shorten it`);

const ident = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be a short name like P or A');

/** Invariant ids a scenario may claim as its verdict. */
export const INVARIANT_IDS = [
  'list-corruption',
  'lifecycle',
  'counting',
  'use-after-free',
  'bug',
  'warn',
  'deadlock',
  'sleeping-while-atomic',
  'leak',
  'counters',
] as const;

export const pageSchema = z
  .object({
    name: ident.describe('The page as learners see it, e.g. P.'),
    state: z
      .enum(['onList', 'unallocated'])
      .describe(
        'onList: already in the balloon; unallocated: a program allocates it (inflate or migration target).',
      ),
  })
  .strict()
  .describe('One struct page.');

export const cpuSchema = z
  .object({
    name: ident.describe('The CPU as schedules name it, e.g. A.'),
    program: z
      .enum(['inflate', 'deflate', 'isolate'])
      .describe('The code path this CPU runs (docs/kernel-model.md §5).'),
    args: z
      .object({
        page: ident
          .optional()
          .describe('inflate: the page it allocates; isolate: the page compaction scans.'),
        count: z
          .number()
          .int()
          .min(1)
          .max(4)
          .optional()
          .describe('deflate: how many pages it asks for.'),
        then: z
          .enum(['putback', 'migrate'])
          .optional()
          .describe('isolate: what compaction does once it has the page (default putback).'),
        newpage: ident
          .optional()
          .describe('isolate with then: migrate: the migration target page (unallocated).'),
      })
      .strict()
      .default({})
      .describe("The program's arguments."),
  })
  .strict()
  .describe('One CPU and its program.');

const balloonIds = BALLOON_VARIANTS.map((v) => v.id) as [BalloonVariant, ...BalloonVariant[]];
const coreIds = CORE_VARIANTS.map((v) => v.id) as [CoreVariant, ...CoreVariant[]];

export const expectationSchema = z
  .object({
    balloon: z.enum(balloonIds).describe('Balloon-code variant of this claim.'),
    core: z.enum(coreIds).describe('Migration-core variant of this claim.'),
    verdict: z
      .enum(['safe', ...INVARIANT_IDS])
      .describe('safe, or the invariant some interleaving breaks.'),
    proof: z
      .array(ident)
      .max(SCENARIO_LIMITS.proof, `must be at most ${SCENARIO_LIMITS.proof} steps`)
      .optional()
      .describe('CPU names, one per step, reaching the claimed violation. Required unless safe.'),
    outcomes: z
      .array(capped(SCENARIO_LIMITS.outcome))
      .optional()
      .describe('Outcome ids the checker must find reachable.'),
    note: capped(SCENARIO_LIMITS.note).optional().describe('Why, in a sentence, for instructors.'),
  })
  .strict()
  .describe('What the scenario claims under one variant pair.');

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/**
 * A goal as authored names exactly one of break, reach or impossible; the output is the model's
 * tagged ChallengeGoal. Whether the named outcome exists is a rule of scenarioRules.ts, since it
 * depends on the scenario's CPUs and pages.
 */
export const goalSchema = z
  .object({
    break: z
      .enum(INVARIANT_IDS)
      .optional()
      .describe('The invariant the learner must break, e.g. list-corruption or counting.'),
    reach: capped(SCENARIO_LIMITS.outcome)
      .optional()
      .describe(
        'The outcome the run must end in: <CPU>:<part> as the checker lists outcomes, e.g. B:deflate-skipped-P-short (only B is asked about), or several joined by commas (a whole outcome id names every CPU).',
      ),
    impossible: z
      .literal(true)
      .optional()
      .describe(
        'true: no interleaving breaks any invariant under these variants. The build proves it; the lab offers the proof.',
      ),
  })
  .strict()
  .transform((g, ctx): ChallengeGoal => {
    const named = [
      g.break && 'break',
      g.reach !== undefined && 'reach',
      g.impossible && 'impossible',
    ];
    const kinds = named.filter((k): k is string => !!k);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: kinds.length
          ? `a goal names one of break, reach or impossible, not ${kinds.join(' and ')}`
          : 'a goal needs one of break, reach or impossible',
      });
      return z.NEVER;
    }
    if (g.break) return { kind: 'break', invariant: g.break };
    return g.reach !== undefined ? { kind: 'reach', outcome: g.reach } : { kind: 'impossible' };
  })
  .describe('What the learner must make happen: exactly one of break, reach or impossible.');

export const challengeSchema = z
  .object({
    id: kebab.describe('Unique within the scenario; progress records <scenario>/<id>.'),
    title: capped(SCENARIO_LIMITS.title)
      .min(1)
      .describe('The goal in a few words, shown above the lanes, e.g. "Corrupt the list".'),
    balloon: z.enum(balloonIds).describe('Balloon-code variant the challenge runs under.'),
    core: z.enum(coreIds).describe('Migration-core variant the challenge runs under.'),
    goal: goalSchema,
    stepLimit: z
      .number()
      .int()
      .min(1)
      .max(SCENARIO_LIMITS.stepLimit)
      .optional()
      .describe(
        'Most steps a run may take and still count as a solve (the build checks par fits). Without it: any length.',
      ),
    hints: z
      .array(capped(SCENARIO_LIMITS.hint).min(1))
      .min(1)
      .max(SCENARIO_LIMITS.hints, `must hold at most ${SCENARIO_LIMITS.hints} hints`)
      .describe('Hints for a learner, gentlest first; the lab reveals them one at a time.'),
    lesson: kebab
      .optional()
      .describe(
        'The lesson that poses it: its file name without NN- and .mdx, e.g. the-old-code-in-the-lab.',
      ),
    order: z
      .number()
      .int()
      .min(0)
      .max(99)
      .optional()
      .describe('Place among the same lesson’s challenges, lower first (default 0).'),
  })
  .strict()
  .describe('A goal for the lab, graded by the model; the build adds its par or its proof.');

export const scenarioSchema = z
  .object({
    id: kebab.describe('Stable id; the file is <id>.yaml.'),
    title: capped(SCENARIO_LIMITS.title).min(1).describe('Short title for lists.'),
    description: capped(SCENARIO_LIMITS.description)
      .min(1)
      .describe('One paragraph: what races with what.'),
    pages: z.array(pageSchema).min(1).max(4).describe('Every page the scenario uses, in order.'),
    cpus: z
      .array(cpuSchema)
      .min(1)
      .max(
        SCENARIO_LIMITS.cpus,
        `must have at most ${SCENARIO_LIMITS.cpus} CPUs: the checker explores every interleaving, and each CPU more multiplies them`,
      )
      .describe('The CPUs, in order (CPU index = position).'),
    expect: z
      .array(expectationSchema)
      .min(1)
      .max(SCENARIO_LIMITS.expect, `must hold at most ${SCENARIO_LIMITS.expect} claims`)
      .describe('Claims per variant pair; the tests check each one.'),
    challenges: z
      .array(challengeSchema)
      .max(SCENARIO_LIMITS.challenges, `must hold at most ${SCENARIO_LIMITS.challenges} challenges`)
      .optional()
      .describe('Goals for the lab in this scenario (see the challenges page of this guide).'),
  })
  .strict()
  .superRefine(checkScenario)
  .describe('A scenario: pages, CPUs with programs, and claims with proofs.');

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioOutput = z.output<typeof scenarioSchema>;
