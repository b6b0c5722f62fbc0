/**
 * The public API of the kernel model. Pure TypeScript: no xstate, astro, zod or DOM here.
 */
/** Variant ids, kernel state and record shapes. */
export type {
  BalloonVariant,
  CoreVariant,
  Variants,
  KernelState,
  PageState,
  CpuState,
  Counters,
  InvariantId,
  Violation,
  Outcome,
  StepRecord,
  CpuStatus,
  LifecycleEventRecord,
  ProgramName,
  BalloonKnobs,
  FieldAccess,
  ListMishap,
  ListRef,
} from './types';
/** The validated scenario as the model uses it. */
export type { Scenario, ScenarioCpu, ScenarioPage, ScenarioExpectation } from './scenario';
/** The variant pickers' rows, defaults and guards for untrusted ids. */
export {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  DEFAULT_VARIANTS,
  isBalloonVariant,
  isCoreVariant,
  balloonKnobs,
  namedVariantFor,
  sourceBasis,
} from './variants';
export type { VariantInfo } from './variants';
/** The page lifecycle table the statechart is built from. */
export { LIFECYCLE, LIFECYCLE_STATES, LIFECYCLE_EVENTS, lifecycleNext } from './lifecycle';
export type { LifecycleState, LifecycleEvent } from './lifecycle';
/** What a page's fields hold in each lifecycle state (docs/kernel-model.md §4), in words. */
export { FIELD_COLUMNS, PAGE_FIELDS, OWNER_SENTENCE } from './lifecycleFields';
export type { PageFields } from './lifecycleFields';
/** The starting state of a scenario, and the canonical key the checker dedupes on. */
export { initialState, stateKey } from './state';
/** A CPU's code under a variant, and which line it runs next. */
export { programListing, nextLine } from './listing';
export type { ListingLine } from './listing';
/** Whether a CPU can run, and why not. */
export { cpuStatus, isTerminal } from './status';
/** One atomic step, and the error it throws for a CPU that cannot run. */
export { step, StepError } from './step';
/** The older replay shape (a thin alias of the run's tape, for the cause finder and tests). */
export { replay, runnablePrefix } from './replay';
export type { Replay } from './replay';
/** The named outcome of a terminal state. */
export { outcome } from './outcome';
/** Every ending reachable from a paused state, and whether compaction got its page. */
export { terminalStatesFrom, compactionIsolated } from './continuations';
/** The exhaustive checker. */
export { explore, StateCapError, DEFAULT_MAX_STATES } from './explore';
export { REDUCED, STUBBORN_SETS } from './stubborn';
export type { ExploreReport, ExploreOptions, ExploreProgress } from './explore';
/** The shared-state panel's view of a state. */
export { describeState } from './describe';
export type { PageView, StateView, LockView } from './describe';
/** The lists drawn: what is linked against what owners believe, torn-out and poisoned pages. */
export { listPictures, picturesText } from './pictures';
export type { ListPicture, ListPicturePage, ListKind } from './pictures';
/** Why an invariant broke (the causal chain of steps), and the schedule replayed under the fix. */
export { causeOf, replayUnderFix } from './cause';
export type { Cause, CauseStep, FixReplay } from './cause';
/** A run: its memoised replay, schedule validator, share-link codec and link notices. */
export * from './run';
/** Schedules written with CPU names. */
export { parseSchedule, scheduleFromNames, scheduleToNames } from './schedule';
/** "Did you mean …?" suggestions. */
export { nearest, unknownName } from './suggest';
/** A violation's identity (invariant, line, page), as the checker dedupes them. */
export { violationKey } from './ops';
/** Challenges: goals graded after every step, and hints from the state graph. */
export * from './challenge';

import type { KernelState, Violation } from './types';
/** Every invariant violation seen on the way to this state. */
export const violations = (state: KernelState): Violation[] => state.violations;
