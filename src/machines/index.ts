/** XState machines over the model: the page lifecycle and the lab. */
export { pageLifecycleMachine } from './pageLifecycle';
export type { PageLifecycleContext, PageLifecycleEvent } from './pageLifecycle';
export { createLabMachine, labState } from './lab';
export type { LabContext, LabEvent, LabInput, LabMachine } from './lab';
export { exploreViaGraph } from './labGraph';
export type { GraphReport } from './labGraph';
