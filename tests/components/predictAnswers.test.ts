import { describe, expect, it } from 'vitest';
import { allScenarios } from '../../src/components/lib/model';
import { pauseAt, predictQuestion, type Paused } from '../../src/components/lib/predictAnswers';
import { pausedView } from '../../src/components/lib/predictPaused';
import {
  cpuStatus,
  parseSchedule,
  play,
  step,
  stopSentence,
  type BalloonVariant,
  type CoreVariant,
} from '../../src/model';

function paused(
  id: string,
  schedule: string,
  balloon: BalloonVariant = 'patched',
  core: CoreVariant = 'core-page-lock',
): Paused {
  const scenario = allScenarios().find((s) => s.id === id)!;
  return {
    scenario,
    variants: { balloon, core },
    schedule: schedule ? parseSchedule(scenario, schedule) : [],
  };
}

describe('which CPU can run next', () => {
  it('at the start of isolate-vs-deflate, both CPUs can', () => {
    const q = predictQuestion(paused('isolate-vs-deflate', ''), 'next-cpu');
    expect(q.multiple).toBe(true);
    expect(q.options.map((o) => o.value)).toEqual(['A', 'B', 'none']);
    expect(q.correct).toEqual(['A', 'B']);
    expect(q.reason).toBe('Every CPU can run next.');
  });

  it("after A's first steps take balloon_pages_lock, B spins and only A can run", () => {
    // A: precheck, try_get, trylock, test, spin_lock; B: driver mutex, then it wants the spinlock.
    const q = predictQuestion(paused('isolate-vs-deflate', 'A,A,A,A,A,B'), 'next-cpu');
    expect(q.correct).toEqual(['A']);
    expect(q.reason).toBe('CPU A can run next.');
    expect(q.details).toEqual([
      'CPU A can run.',
      'CPU B cannot: it is spinning on balloon_pages_lock held by CPU A.',
    ]);
  });

  it('when every CPU has finished, "None of them" is the answer', () => {
    const p = paused('isolate-vs-deflate', '');
    const q = predictQuestion({ ...p, schedule: runToEnd(p) }, 'next-cpu');
    expect(q.correct).toEqual(['none']);
    expect(q.details).toEqual(['CPU A cannot: it has finished.', 'CPU B cannot: it has finished.']);
  });
});

/** A complete run: always step the first CPU that can run. */
function runToEnd(p: Paused): number[] {
  const schedule: number[] = [];
  for (let s = pauseAt(p); ;) {
    const cpu = s.cpus.findIndex((_, i) => cpuStatus(s, i).kind === 'runnable');
    if (cpu < 0) return schedule;
    schedule.push(cpu);
    s = step(s, cpu).state;
  }
}

describe('page->private', () => {
  it('is b while P is on the balloon list', () => {
    const q = predictQuestion(paused('isolate-vs-deflate', 'A,A'), 'private');
    expect(q.multiple).toBe(false);
    expect(q.correct).toEqual(['b']);
    expect(q.reason).toBe('P->private is b; P is in state onList, linked on the balloon list.');
    expect(q.details).toEqual(['No step so far has changed it.']);
  });

  it('is 0 once deflate has finalized P, and names the step that cleared it', () => {
    const q = predictQuestion(paused('isolate-vs-deflate', 'B,B,B,B,B'), 'private');
    expect(q.correct).toEqual(['0']);
    // DEQUEUE fires at the list_add that follows, so P is still onList, but on no list.
    expect(q.reason).toBe('P->private is 0; P is in state onList, on no list.');
    expect(q.details).toEqual(['It last changed at step 5: CPU B clears P->private.']);
  });

  it('asks about a named page', () => {
    const q = predictQuestion(paused('migrate-vs-deflate', ''), 'private', 'Q');
    expect(q.prompt).toBe('What is Q->private now?');
    expect(q.correct).toEqual(['0']);
  });
});

describe('will isolation succeed', () => {
  it('depends on the schedule before A has taken balloon_pages_lock', () => {
    const q = predictQuestion(paused('isolate-vs-deflate', 'A,A,A,A'), 'isolation');
    expect(q.correct).toEqual(['depends']);
    expect(q.reason).toBe('Some runs from here isolate the page and some do not.');
    expect(q.details.some((d) => d.includes('isolated P and put it back'))).toBe(true);
    expect(q.details.some((d) => d.includes('the page already got deflated'))).toBe(true);
  });

  it('is yes once A holds the lock with P still in the balloon (patched)', () => {
    expect(predictQuestion(paused('isolate-vs-deflate', 'A,A,A,A,A'), 'isolation').correct).toEqual(
      ['yes'],
    );
  });

  it('is no once B has deflated P under the lock', () => {
    const q = predictQuestion(paused('isolate-vs-deflate', 'B,B,B,B,B,B,B'), 'isolation');
    expect(q.correct).toEqual(['no']);
  });

  it('asks about the named compaction CPU', () => {
    // B holds P's page lock and balloon_pages_lock: B will isolate P whatever A does.
    const q = predictQuestion(paused('double-isolate', 'B,B,B,B,B'), 'isolation', 'B');
    expect(q.prompt).toBe("Will CPU B's isolation of P succeed?");
    expect(q.correct).toEqual(['yes']);
    expect(
      predictQuestion(paused('double-isolate', 'B,B,B,B,B'), 'isolation', 'A').correct,
    ).toEqual(['depends']);
  });
});

describe('bad input', () => {
  it('rejects a schedule whose step cannot run, with the model’s stop sentence', () => {
    const p = paused('isolate-vs-deflate', 'A,A,A,A,A,B,B');
    const { stop } = play(p.scenario, p.variants, p.schedule);
    expect(stop).toMatchObject({ kind: 'cannot-run', index: 6, cpu: 'B' });
    expect(() => predictQuestion(p, 'next-cpu')).toThrow(stopSentence(stop!));
  });

  it('rejects an unknown page and a CPU that does not isolate', () => {
    expect(() => predictQuestion(paused('isolate-vs-deflate', ''), 'private', 'X')).toThrow(
      'unknown page X',
    );
    expect(() => predictQuestion(paused('inflate-vs-isolate', ''), 'isolation', 'A')).toThrow(
      "CPU A does not run compaction's isolate",
    );
  });
});

describe('the paused view', () => {
  it('lists the steps taken, each CPU’s next line and the lock holders', () => {
    const p = paused('isolate-vs-deflate', 'A,A,A,A,A,B');
    const view = pausedView(p.scenario, p.variants, p.schedule);
    expect(view.steps).toHaveLength(6);
    expect(view.steps[4]).toEqual({
      cpu: 'A',
      code: 'spin_lock_irqsave(&balloon_pages_lock, flags);',
    });
    expect(view.cpus.map((c) => c.name)).toEqual(['A', 'B']);
    expect(view.cpus[1].next).toBe('spin_lock_irqsave(&balloon_pages_lock, flags);');
    expect(view.locks.slice(0, 2)).toEqual([
      { lock: 'balloon_pages_lock', holder: 'CPU A' },
      { lock: 'driver mutex', holder: 'CPU B' },
    ]);
  });
});
