/** The list pictures: what owners believe against what is linked, and their text alternative. */
import { describe, expect, it } from 'vitest';
import {
  cpuStatus,
  describeState,
  initialState,
  listPictures,
  picturesText,
  replay,
  scheduleFromNames,
  stateKey,
  step,
  violationKey,
  type KernelState,
  type Scenario,
  type Variants,
} from '../../src/model';
import { listAdd } from '../../src/model/ops';
import { compile, type StepCtx } from '../../src/model/program';
import { loadScenarios } from '../../src/scenarios/load';
import { isolateVsDeflate, NO_PAGE_LOCK, PATCHED, start } from './helpers';

const RACE = 'A,A,A,A,A,B,B,B,B,B,B,B,B,B,A,A'.split(',');

function run(sc: Scenario, v: Variants, names: string[]): KernelState[] {
  const r = replay(sc, v, scheduleFromNames(sc, names));
  expect(r.stoppedAt).toBeUndefined();
  return r.snapshots;
}

const pictureOf = (s: KernelState, id: string) => listPictures(s).find((p) => p.id === id)!;

describe('listPictures', () => {
  it('draws one list per owner: b->pages first, no list for an inflating CPU', () => {
    const sc = loadScenarios().find((s) => s.id === 'full-cycle')!;
    const pics = listPictures(initialState(sc, PATCHED));
    expect(pics.map((p) => [p.id, p.kind, p.owner, p.lock])).toEqual([
      ['balloon', 'balloon', null, 'balloon_pages_lock'],
      ['cpu:B', 'migratepages', 'B', null],
      ['cpu:C', 'local', 'C', null],
    ]);
    expect(pics[0]).toMatchObject({ linked: ['P'], believed: ['P'], corrupt: false });
  });

  it('shows P torn out of B’s local list, still believed, with poisoned pointers', () => {
    const snaps = run(isolateVsDeflate, NO_PAGE_LOCK, RACE);
    const before = pictureOf(snaps[15], 'cpu:B');
    expect(before).toMatchObject({ linked: ['P'], believed: ['P'], corrupt: false });
    const after = pictureOf(snaps[16], 'cpu:B');
    expect(after).toMatchObject({ linked: [], believed: ['P'], corrupt: true });
    expect(after.pages).toEqual([
      {
        name: 'P',
        linked: false,
        believed: true,
        tornOut: true,
        stranger: false,
        poisoned: true,
        by: { cpu: 'A', step: 16 },
        nowOn: 'no list (its pointers are poisoned)',
      },
    ]);
    // A unlinked P believing it was on the balloon list, so b->pages is not torn.
    expect(pictureOf(snaps[16], 'balloon')).toMatchObject({ linked: [], believed: [] });
  });

  it('keeps the tear after P lands on A’s migratepages', () => {
    let s = run(isolateVsDeflate, NO_PAGE_LOCK, RACE)[16];
    while (s.cpus[0].list.length === 0) s = step(s, 0).state;
    const b = pictureOf(s, 'cpu:B');
    expect(b.pages[0]).toMatchObject({ tornOut: true, poisoned: false });
    expect(pictureOf(s, 'cpu:A')).toMatchObject({ linked: ['P'], believed: ['P'] });
    expect(picturesText(s)).toContain(
      "CPU B's local pages list: empty, but CPU B still counts P on it — P was torn out by CPU A at step 16; P is now on CPU A's migratepages list.",
    );
  });

  it('marks a page linked without the right to touch the list as a stranger', () => {
    const sc = isolateVsDeflate;
    let s = start(sc, PATCHED);
    s = step(s, 1).state; // B takes the driver mutex, not balloon_pages_lock
    s.balloonList = [];
    s.balloonBelieved = [];
    s.clock = 7;
    const line = compile('deflate', PATCHED).lines[0];
    const x: StepCtx = {
      ...{ s, cpu: 1, c: s.cpus[1], line, say: '', events: [], violations: [] },
      ...{ ruleI: false, reads: [], writes: [] },
    };
    listAdd(x, 0, 'balloon');
    const pic = pictureOf(s, 'balloon');
    expect(pic.pages[0]).toMatchObject({
      stranger: true,
      tornOut: false,
      by: { cpu: 'B', step: 7 },
    });
    expect(x.violations.map((v) => v.invariant)).toEqual(['list-corruption']);
    expect(picturesText(s)[0]).toBe(
      'The balloon list b->pages, protected by balloon_pages_lock: P; P does not belong there: CPU B linked it at step 7 without the right to touch this list.',
    );
  });
});

describe('picturesText', () => {
  it('says the corruption in words at the violating step of the lesson-6 race', () => {
    const text = picturesText(run(isolateVsDeflate, NO_PAGE_LOCK, RACE)[16]);
    expect(text).toEqual([
      'The balloon list b->pages, protected by balloon_pages_lock: empty.',
      "CPU A's cc->migratepages: empty.",
      "CPU B's local pages list: empty, but CPU B still counts P on it — P was torn out by CPU A at step 16; P's list pointers are poisoned.",
    ]);
  });

  it('names a poisoned page that is on no list (both isolators unlinked P)', () => {
    const sc = loadScenarios().find((s) => s.id === 'double-isolate')!;
    const v: Variants = { balloon: 'patched', core: 'core-racy' };
    const s = run(sc, v, 'A,A,A,A,A,A'.split(','))[6];
    expect(s.cpus[0].pc).toBeGreaterThan(0);
    expect(picturesText(s)).toContain('P is on no list; its list pointers are poisoned.');
  });
});

describe('describeState', () => {
  it('gives each page its poison and the lists that count it, each list its beliefs', () => {
    const v = describeState(run(isolateVsDeflate, NO_PAGE_LOCK, RACE)[16]);
    expect(v.pages[0]).toMatchObject({ lru: null, poisoned: true, countedOn: ["B's local list"] });
    expect(v.lists.find((l) => l.id === 'cpu:B')).toMatchObject({ pages: [], believed: ['P'] });
  });
});

/** Every state a random run of every shipped scenario passes through, with its variants. */
function* randomStates(seed: number): Generator<[string, Variants, KernelState]> {
  let r = seed;
  const rand = () => (r = (r * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (const sc of loadScenarios())
    for (const e of sc.expect)
      for (let n = 0; n < 6; n++) {
        const v = { balloon: e.balloon, core: e.core };
        let s = initialState(sc, v);
        for (;;) {
          yield [`${sc.id}/${e.balloon}/${e.core}`, v, s];
          const ready = s.cpus.flatMap((_, i) => (cpuStatus(s, i).kind === 'runnable' ? [i] : []));
          if (!ready.length) break;
          s = step(s, ready[Math.floor(rand() * ready.length)]).state;
        }
      }
}

describe('beliefs and poison', () => {
  it('agree with the links in every variant pair a scenario claims safe', () => {
    const safe = new Set(
      loadScenarios().flatMap((sc) =>
        sc.expect.filter((e) => e.verdict === 'safe').map((e) => `${sc.id}/${e.balloon}/${e.core}`),
      ),
    );
    let checked = 0;
    for (const [id, , s] of randomStates(7)) {
      if (!safe.has(id)) continue;
      checked++;
      for (const pic of listPictures(s)) expect(pic.corrupt, `${id} ${pic.id}`).toBe(false);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('never change what happens next, which is why stateKey leaves them out', () => {
    for (const [id, , s] of randomStates(11)) {
      const plain = structuredClone(s);
      plain.balloonBelieved = plain.balloonList.slice();
      for (const c of plain.cpus) c.believed = c.list.slice();
      for (const p of plain.pages) p.poisoned = false;
      plain.mishaps = [];
      plain.clock = 0;
      expect(stateKey(plain)).toBe(stateKey(s));
      s.cpus.forEach((_, i) => {
        if (cpuStatus(s, i).kind !== 'runnable') return;
        const [a, b] = [step(s, i), step(plain, i)];
        expect(stateKey(b.state), id).toBe(stateKey(a.state));
        expect(b.record.violations.map(violationKey)).toEqual(
          a.record.violations.map(violationKey),
        );
      });
    }
  });
});
