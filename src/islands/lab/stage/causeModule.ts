/**
 * The model's cause finder, loaded on use (stage/CausePanel): only a run that breaks an invariant
 * needs it, so a lab lesson does not pay for it before the learner's first step.
 */
export { causeOf, replayUnderFix } from '../../../model';
