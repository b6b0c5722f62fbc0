import { describe, expect, it } from 'vitest';
import { allScenarios, exploration } from '../../../src/components/lib/model';
import { checkSchedule } from '../../../src/components/lib/trace/schedule';
import { replay, scheduleToNames, whyNot, type Variants } from '../../../src/model';

const scenario = allScenarios().find((s) => s.id === 'isolate-vs-deflate')!;
const broken: Variants = { balloon: 'no-page-lock', core: 'core-page-lock' };
const shortest = exploration(scenario, broken)
  .violations.map((v) => v.schedule)
  .sort((a, b) => a.length - b.length)[0];

describe('<Trace schedule> validation', () => {
  it('accepts a schedule every step of which can run', () => {
    expect(checkSchedule(scenario, broken, scheduleToNames(scenario, shortest).join(','))).toEqual({
      ok: true,
      schedule: shortest,
    });
  });

  it('names an unknown CPU and lists the real ones', () => {
    expect(checkSchedule(scenario, broken, 'A,Q')).toEqual({
      ok: false,
      message: "unknown CPU 'Q' (known: A, B)",
    });
  });

  it('rejects an empty schedule and a non-string', () => {
    expect(checkSchedule(scenario, broken, ' ')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^empty schedule/),
    });
    expect(checkSchedule(scenario, broken, 3)).toEqual({
      ok: false,
      message: 'expected a schedule of CPU names like "A,B,A"',
    });
  });

  it('names the step that cannot run, why, and who could run instead', () => {
    // Find the first point of the counterexample where A is blocked (B holds balloon_pages_lock).
    const stuck = shortest.findIndex(
      (_, i) =>
        whyNot(replay(scenario, broken, shortest.slice(0, i)).snapshots.at(-1)!, 0) !== null,
    );
    const prefix = shortest.slice(0, stuck);
    const reason = whyNot(replay(scenario, broken, prefix).snapshots.at(-1)!, 0)!;
    expect(reason).toMatch(/^CPU A is spinning on balloon_pages_lock held by CPU B$/);
    const text = [...scheduleToNames(scenario, prefix), 'A'].join(',');
    expect(checkSchedule(scenario, broken, text)).toEqual({
      ok: false,
      message: `step ${stuck + 1} (A) cannot run: ${reason} (after the first ${stuck} steps, only B can run)`,
    });
  });

  it('says when a schedule runs past the end of every CPU', () => {
    const names = scheduleToNames(scenario, exploration(scenario, broken).outcomes[0].schedule);
    const result = checkSchedule(scenario, broken, [...names, 'B'].join(','));
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(
      new RegExp(
        `^step ${names.length + 1} \\(B\\) cannot run: CPU B has finished \\(by then every CPU has finished or is blocked: the schedule is too long\\)$`,
      ),
    );
  });
});
