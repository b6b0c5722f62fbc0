/**
 * The checker's fingerprint identifies exactly what stateKey() identifies, covers every identity
 * field (a new field must be classified, and each identity field must change the fingerprint),
 * and the seen-state table never merges two different fingerprints.
 */
import { describe, expect, it } from 'vitest';
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  cpuStatus,
  initialState,
  stateKey,
  type KernelState,
  type Scenario,
  type Variants,
} from '../../src/model';
import {
  ByteSink,
  COUNTER_FIELD_ROLES,
  CPU_FIELD_ROLES,
  identityRenaming,
  PAGE_FIELD_ROLES,
  type Renaming,
  STATE_FIELD_ROLES,
  writeFingerprint,
} from '../../src/model/fingerprint';
import { readFingerprint } from '../../src/model/fingerprintRead';
import { StateTable } from '../../src/model/stateTable';
import { canRun } from '../../src/model/status';
import { symmetryGroup } from '../../src/model/symmetry';
import { runStep } from '../../src/model/step';
import { loadScenarios } from '../../src/scenarios/load';
import { scenario } from './helpers';

const scenarios = loadScenarios();
const allVariants: Variants[] = BALLOON_VARIANTS.flatMap((b) =>
  CORE_VARIANTS.map((c) => ({ balloon: b.id, core: c.id })),
);

/** Two interchangeable putbacks and two interchangeable pages: a group of four renamings. */
const symmetric = scenario(
  [
    { name: 'P', state: 'onList' },
    { name: 'S', state: 'unallocated' },
    { name: 'T', state: 'unallocated' },
  ],
  [
    { name: 'A', program: 'isolate', args: { page: 'P', then: 'putback' } },
    { name: 'B', program: 'deflate', args: { count: 1 } },
    { name: 'C', program: 'isolate', args: { page: 'P', then: 'putback' } },
  ],
  'symmetric',
);

const fp = (s: KernelState): string => {
  const out = new ByteSink();
  writeFingerprint(s, identityRenaming(s.cpus.length, s.pages.length), out);
  return Array.from(out.bytes.subarray(0, out.length)).join(',');
};

/** Every reachable state (depth-first, independent of the explorer). */
function reachable(s0: KernelState): KernelState[] {
  const seen = new Set([stateKey(s0)]);
  const out = [s0];
  for (let i = 0; i < out.length; i++) {
    const s = out[i];
    s.cpus.forEach((_, cpu) => {
      if (cpuStatus(s, cpu).kind !== 'runnable') return;
      const next = runStep(s, cpu, true).state;
      if (seen.has(stateKey(next))) return;
      seen.add(stateKey(next));
      out.push(next);
    });
  }
  return out;
}

/** A value of the same type that differs from v. */
function another(v: unknown, field: string): unknown {
  if (typeof v === 'boolean') return !v;
  if (typeof v === 'number') return v + 1;
  if (Array.isArray(v)) return [...v, 0];
  if (field === 'state') return v === 'onList' ? 'isolated' : 'onList';
  if (typeof v === 'string') return v + 'x';
  throw new Error(`no perturbation for ${field}`);
}

const identityFields = (roles: Record<string, string>) =>
  Object.keys(roles).filter((k) => roles[k] === 'identity');

describe('fingerprint coverage', () => {
  const s0 = initialState(
    scenario(
      [
        { name: 'P', state: 'onList' },
        { name: 'Q', state: 'unallocated' },
      ],
      [
        { name: 'A', program: 'isolate', args: { page: 'P', then: 'migrate', newpage: 'Q' } },
        { name: 'B', program: 'deflate', args: { count: 1 } },
      ],
    ),
    { balloon: 'patched', core: 'core-page-lock' },
  );

  it('classifies exactly the fields a state, page, CPU and counter set have', () => {
    expect(Object.keys(s0).sort()).toEqual(Object.keys(STATE_FIELD_ROLES).sort());
    expect(Object.keys(s0.pages[0]).sort()).toEqual(Object.keys(PAGE_FIELD_ROLES).sort());
    expect(Object.keys(s0.cpus[0]).sort()).toEqual(Object.keys(CPU_FIELD_ROLES).sort());
    expect(Object.keys(s0.counters).sort()).toEqual(Object.keys(COUNTER_FIELD_ROLES).sort());
  });

  it('changes when any identity field changes, and only the log and constants are left out', () => {
    const base = fp(s0);
    const changed = (mutate: (s: KernelState) => void) => {
      const s = structuredClone(s0);
      mutate(s);
      return fp(s) !== base;
    };
    for (const f of identityFields(STATE_FIELD_ROLES)) {
      if (f === 'pages' || f === 'cpus' || f === 'counters') continue;
      const k = f as 'balloonList';
      expect(
        changed((s) => (s[k] = another(s[k], f) as never)),
        f,
      ).toBe(true);
    }
    for (const f of identityFields(PAGE_FIELD_ROLES)) {
      const k = f as 'refcount';
      expect(
        changed((s) => (s.pages[1][k] = another(s.pages[1][k], f) as never)),
        `page.${f}`,
      ).toBe(true);
    }
    for (const f of identityFields(CPU_FIELD_ROLES)) {
      const k = f as 'pc';
      expect(
        changed((s) => (s.cpus[1][k] = another(s.cpus[1][k], f) as never)),
        `cpu.${f}`,
      ).toBe(true);
    }
    for (const f of identityFields(COUNTER_FIELD_ROLES)) {
      const k = f as 'BALLOON_MIGRATE';
      expect(
        changed((s) => s.counters[k]++),
        `counters.${f}`,
      ).toBe(true);
    }
    expect(
      changed((s) => (s.violations = [{ invariant: 'bug', severity: 'error', message: 'm' }])),
    ).toBe(false);
  });

  it('agrees with stateKey() on every reachable state of every shipped scenario and variant', () => {
    for (const sc of scenarios) {
      for (const v of allVariants) {
        const byKey = new Map<string, string>();
        const byFp = new Map<string, string>();
        for (const s of reachable(initialState(sc, v))) {
          const k = stateKey(s);
          const f = fp(s);
          expect(byKey.get(k) ?? f, `${sc.id} ${v.balloon} ${v.core}`).toBe(f);
          expect(byFp.get(f) ?? k).toBe(k);
          byKey.set(k, f);
          byFp.set(f, k);
        }
      }
    }
  }, 120_000);
});

describe('reading a fingerprint back (the BFS queue holds bytes, not states)', () => {
  const bytesOf = (s: KernelState, r: Renaming) => {
    const out = new ByteSink();
    writeFingerprint(s, r, out);
    return out;
  };

  /** Every state of the scenario that does not read back as itself under renaming r. */
  function misread(sc: Scenario, v: Variants): string[] {
    const s0 = initialState(sc, v);
    const group = symmetryGroup(sc, s0);
    return reachable(s0).flatMap((s) => {
      const poisoned = s.pages.reduce((m, p, i) => (p.poisoned ? m | (1 << i) : m), 0);
      return group.flatMap((r, g) => {
        const log = { violations: s.violations, poisoned };
        const back = readFingerprint(bytesOf(s, r).bytes, 0, r, s0, log);
        const same =
          stateKey(back) === stateKey(s) &&
          back.pages.every((p, i) => p.poisoned === s.pages[i].poisoned) &&
          back.violations === s.violations;
        return same ? [] : [`${sc.id} ${v.balloon} ${v.core} renaming ${g}: ${stateKey(s)}`];
      });
    });
  }

  it('gives back the state on every reachable state of every shipped scenario and variant', () => {
    expect(scenarios.flatMap((sc) => allVariants.flatMap((v) => misread(sc, v)))).toEqual([]);
  }, 120_000);

  it('gives back the state under each of four renamings (interchangeable CPUs and pages)', () => {
    const v: Variants = { balloon: 'no-page-lock', core: 'core-racy' };
    expect(symmetryGroup(symmetric, initialState(symmetric, v))).toHaveLength(4);
    expect(misread(symmetric, v)).toEqual([]);
  });

  it('canRun() answers what cpuStatus() answers, on every reachable state', () => {
    const wrong = scenarios.flatMap((sc) =>
      allVariants.flatMap((v) =>
        reachable(initialState(sc, v)).flatMap((s) =>
          s.cpus.flatMap((_, cpu) =>
            canRun(s, cpu) === (cpuStatus(s, cpu).kind === 'runnable')
              ? []
              : [`${sc.id} ${v.balloon} ${v.core} CPU ${cpu}: ${stateKey(s)}`],
          ),
        ),
      ),
    );
    expect(wrong).toEqual([]);
  }, 120_000);
});

describe('state table', () => {
  const key = (...bytes: number[]) => {
    const k = new ByteSink();
    bytes.forEach((b) => k.int(b));
    return k;
  };

  it('finds what it stored, by whole fingerprint, across many rehashes', () => {
    const t = new StateTable();
    const n = 20_000;
    const fresh = Array.from({ length: n }, (_, i) => t.insert(key(i % 7, i, -i)).fresh);
    expect(fresh.every(Boolean)).toBe(true);
    const ids = Array.from({ length: n }, (_, i) => t.find(key(i % 7, i, -i)));
    expect(ids.every((id, i) => id === i)).toBe(true);
    expect(t.insert(key(3, 10, -10))).toEqual({ id: 10, fresh: false });
    expect(t.find(key(3, 10))).toBe(-1);
    expect(t.find(key(3, 10, -10, 0))).toBe(-1);
    expect(t.size).toBe(n);
  });

  it('keeps fingerprints with the same hash apart (a collision costs a probe, never a merge)', () => {
    // A constant hash puts every key on one probe chain: only the bytes can tell them apart.
    const t = new StateTable(() => 42);
    const keys = Array.from({ length: 500 }, (_, i) => key(1, 2, 3, i >> 8, i & 255));
    expect(keys.map((k) => t.insert(k).id)).toEqual(keys.map((_, i) => i));
    expect(keys.map((k) => t.find(k))).toEqual(keys.map((_, i) => i));
  });
});
