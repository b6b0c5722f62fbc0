/**
 * The last hint of a challenge all but gives the schedule: followed literally, with the model's
 * own state deciding when to switch CPUs, it must meet the goal. (The hints are prose; these are
 * their recipes, so a hint that stopped being true fails here.)
 */
import { describe, expect, it } from 'vitest';
import { cpuStatus, goalMet, replay, step, type KernelState } from '../../src/model';
import { challengeByKey } from '../../src/scenarios/challenges';
import { loadScenarios } from '../../src/scenarios/load';

type Until = (s: KernelState) => boolean;
const A = 0;
const B = 1;

/** A run that steps CPUs by recipe: each `step(cpu, until)` runs cpu until `until` holds. */
function recipe(key: string) {
  const c = challengeByKey(key)!;
  const scenario = loadScenarios().find((s) => s.id === c.scenario)!;
  const variants = { balloon: c.balloon, core: c.core };
  let state = replay(scenario, variants, []).snapshots[0];
  const api = {
    step(cpu: number, until: Until = () => false) {
      while (!until(state) && cpuStatus(state, cpu).kind === 'runnable') api.steps(cpu, 1);
      return api;
    },
    steps(cpu: number, n: number) {
      for (let i = 0; i < n; i++) state = step(state, cpu).state;
      return api;
    },
    met: () => goalMet(c.goal, state),
  };
  return api;
}

const P = 0;
const lockedBy = (cpu: number) => (s: KernelState) => s.pages[P].lockedBy === cpu;
const readPrivate = (cpu: number) => (s: KernelState) => s.cpus[cpu].b === 1;
const tookPAndUnlocked = (s: KernelState) => (s.cpus[B].took & 1) === 1 && s.spinHolder < 0;
const holdsSpin = (cpu: number) => (s: KernelState) => s.spinHolder === cpu;
const isolated = (s: KernelState) => s.isolatedPages === 1 && s.spinHolder < 0;

describe('the last hint of each challenge works as written', () => {
  it('isolation-refused: A past pre-check and reference, B takes P and unlocks, then A', () => {
    const r = recipe('isolate-vs-deflate/isolation-refused');
    expect(r.steps(A, 2).step(B, tookPAndUnlocked).step(A).step(B).met()).toBe(true);
  });

  it('skip-p: A holds P’s page lock, B to the end, then A', () => {
    const r = recipe('isolate-vs-deflate/skip-p');
    expect(r.step(A, lockedBy(A)).step(B).step(A).met()).toBe(true);
  });

  it('skip-p: the second window, while A puts P back, works too', () => {
    // Isolate, unlock, and lock P again for the put back, with P back on the balloon list.
    const r = recipe('isolate-vs-deflate/skip-p');
    r.step(A, lockedBy(A)).step(A, (s) => s.pages[P].lockedBy < 0);
    r.step(A, (s) => lockedBy(A)(s) && s.balloonList.includes(P) && s.spinHolder < 0);
    expect(r.step(B).step(A).met()).toBe(true);
  });

  it('corrupt-the-list: A reads page->private, B deflates P and unlocks, A unlinks', () => {
    const r = recipe('isolate-vs-deflate/corrupt-the-list');
    expect(r.step(A, readPrivate(A)).step(B, tookPAndUnlocked).step(A, r.met).met()).toBe(true);
  });

  it('putback-lost: B holds the lock while A reads, then the race, then all to the end', () => {
    const r = recipe('isolate-vs-deflate/putback-lost');
    r.step(B, holdsSpin(B)).step(A, readPrivate(A)).step(B, tookPAndUnlocked);
    r.step(A, (s) => s.isolatedPages === 1 && s.spinHolder < 0);
    expect(r.step(A).step(B).step(A).met()).toBe(true);
  });

  it('come-back-short: A isolates P, then B to the end', () => {
    const r = recipe('isolate-vs-deflate/come-back-short');
    expect(r.step(A, isolated).step(B).step(A).met()).toBe(true);
  });

  it('old-code-new-core: the lesson 6 race again', () => {
    const r = recipe('isolate-vs-deflate/old-code-new-core');
    expect(r.step(A, readPrivate(A)).step(B, tookPAndUnlocked).step(A, r.met).met()).toBe(true);
  });

  it('isolate-twice: both test the flag, then one callback, then the other', () => {
    // The core's first three lines: the lockless pre-check, the reference, the test of the flag.
    const r = recipe('double-isolate/isolate-twice');
    r.steps(A, 3)
      .steps(B, 3)
      .step(A, (s) => s.isolatedPages === 1 && s.spinHolder < 0);
    expect(r.step(B, r.met).met()).toBe(true);
  });

  it('racy-migration: both isolate P, B reads page->private while A migrates, then A, then B', () => {
    const r = recipe('rescan-during-migrate/racy-migration');
    r.steps(A, 3)
      .steps(B, 3)
      .step(A, (s) => s.isolatedPages === 1 && s.spinHolder < 0);
    r.step(B, (s) => s.isolatedPages === 2 && s.spinHolder < 0);
    // A takes balloon_pages_lock to insert Q; B runs into its put back until it spins on it.
    r.step(A, holdsSpin(A)).step(B);
    expect(r.step(A).step(B).met()).toBe(true);
  });
});
