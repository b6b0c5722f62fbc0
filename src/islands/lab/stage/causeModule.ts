/**
 * The cause beside the verdict and the model's cause finder it uses, loaded on use
 * (CausePanel.tsx): only a run that breaks an invariant needs them, so a lab lesson does not pay
 * for them before the learner's first step.
 */
export { Cause } from './Cause';
