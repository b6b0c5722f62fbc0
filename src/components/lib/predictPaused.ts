/**
 * The paused run as the static tables of <Predict> show it: the steps taken so far (code only:
 * the narration would give answers away), where each CPU stands, who holds which lock, and the
 * pages. Built from the model at build time.
 */
import { describeState, play, programListing, type Scenario, type Variants } from '../../model';

export interface PausedView {
  steps: Array<{ cpu: string; code: string }>;
  cpus: Array<{ name: string; program: string; next: string | null }>;
  locks: Array<{ lock: string; holder: string }>;
  pages: Array<{ name: string; state: string; private: string; list: string }>;
}

/** The view of the run after `schedule` (which must run to its end; see pauseAt). */
export function pausedView(scenario: Scenario, variants: Variants, schedule: number[]): PausedView {
  const r = play(scenario, variants, schedule);
  const state = r.snapshots[r.snapshots.length - 1];
  const view = describeState(state);
  const listings = scenario.cpus.map((_, i) => programListing(scenario, variants, i));
  const held = (holder: string | null) => (holder ? `CPU ${holder}` : 'free');
  return {
    steps: r.records.map((rec) => ({ cpu: state.cpus[rec.cpu].name, code: rec.code })),
    cpus: state.cpus.map((c, i) => ({
      name: c.name,
      program: c.program,
      next: c.pc < 0 ? null : listings[i][c.pc].code,
    })),
    locks: [
      { lock: 'balloon_pages_lock', holder: held(view.balloonPagesLock.holder) },
      { lock: 'driver mutex', holder: held(view.driverMutex.holder) },
      ...view.pages.map((p) => ({ lock: `page lock of ${p.name}`, holder: held(p.lockedBy) })),
    ],
    pages: view.pages.map((p) => ({
      name: p.name,
      state: p.state,
      private: String(p.private),
      list: p.lru ?? 'none',
    })),
  };
}
