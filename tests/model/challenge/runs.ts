/** Schedules for challenge tests, built by stepping the model rather than counted by hand. */
import { cpuStatus, replay, type Scenario, type Variants } from '../../../src/model';

/** Runs each CPU of `order` (indexes) for as long as it can, in turn; returns the schedule. */
export function eachInTurn(scenario: Scenario, variants: Variants, order: number[]): number[] {
  const schedule: number[] = [];
  for (const cpu of order) {
    for (;;) {
      const state = replay(scenario, variants, schedule).snapshots.at(-1)!;
      if (cpuStatus(state, cpu).kind !== 'runnable') break;
      schedule.push(cpu);
    }
  }
  return schedule;
}
