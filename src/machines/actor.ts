/**
 * XState's actor API as the islands use it. Islands reach XState only through the machines
 * layer (the lint allowlist, docs/architecture.md), so the one place a widget starts a machine
 * is visible here. Import it lazily where the JavaScript budget matters (the lab's engine).
 */
export { createActor } from 'xstate';
export type { Actor, SnapshotFrom } from 'xstate';
