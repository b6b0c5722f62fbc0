/**
 * XState machines over the model: the page lifecycle and the lab. Islands import a machine from
 * its own module (./lab, ./pageLifecycle) so a page loads only the machines it runs; this barrel
 * is for tests, the CLI and build-time code.
 */
export { pageLifecycleMachine } from './pageLifecycle';
export type { PageLifecycleContext, PageLifecycleEvent } from './pageLifecycle';
export { createLabMachine, labState } from './lab';
export type { LabContext, LabEvent, LabInput, LabMachine } from './lab';
export { exploreViaGraph } from './labGraph';
export type { GraphReport } from './labGraph';
