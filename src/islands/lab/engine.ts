/**
 * What the lab needs once the reader uses it, as one chunk (parts.ts): XState and the lab
 * machine, the narrator and the share-link writer. Fetched when the reader comes near the lab
 * (pointer over or focus in it), so it is normally here before the first event.
 */
export { createActor } from '../../machines/actor';
export { createLabMachine } from '../../machines/lab';
export { narrateChange } from './narrate';
export { sharedRun, shareUrl, writeUrl } from './link';
