import { describe, expect, it } from 'vitest';
import {
  capitalize,
  compressSchedule,
  dataVerdict,
  formatMs,
  joinAnd,
  verdictSentence,
  verdictWord,
} from '../../../src/islands/checker/format';
import type { CheckView, CounterexampleView } from '../../../src/islands/checker/types';

const base: CheckView = {
  scenarioId: 'isolate-vs-deflate',
  variants: { balloon: 'patched', core: 'core-page-lock' },
  verdict: 'safe',
  states: 1234,
  transitions: 1,
  elapsedMs: 0.4,
  counterexamples: [],
  outcomes: [],
  ruleI: [],
};
const broken = (invariant: CounterexampleView['invariant']): CounterexampleView => ({
  invariant,
  severity: invariant === 'warn' ? 'warning' : 'error',
  message: '',
  schedule: [],
  steps: [],
});

describe('verdictSentence', () => {
  it('states a safe result as "0 of N states", with thousands separators and singulars', () => {
    expect(verdictSentence(base)).toBe(
      '0 of 1,234 reachable states break an invariant (1 transition explored).',
    );
  });

  it('names every broken invariant and what was explored when unsafe', () => {
    const view: CheckView = {
      ...base,
      verdict: 'unsafe',
      states: 295,
      transitions: 497,
      counterexamples: [broken('list-corruption'), broken('counting'), broken('warn')],
    };
    expect(verdictSentence(view)).toBe(
      '3 invariants break in some interleaving: list corruption, isolated_pages count and WARN_ON_ONCE() (checked 295 reachable states and 497 transitions).',
    );
  });

  it('uses the singular for one broken invariant', () => {
    const view: CheckView = {
      ...base,
      verdict: 'unsafe',
      states: 1,
      counterexamples: [broken('bug')],
    };
    expect(verdictSentence(view)).toMatch(
      /^An invariant breaks in some interleaving: BUG\(\) \(checked 1 reachable state and/,
    );
  });

  it('maps the verdict to the widget contract words', () => {
    expect([verdictWord(base), dataVerdict(base)]).toEqual(['Safe', 'ok']);
    const unsafe = { ...base, verdict: 'unsafe' as const };
    expect([verdictWord(unsafe), dataVerdict(unsafe)]).toEqual(['Unsafe', 'violation']);
  });
});

describe('small formatters', () => {
  it('compresses a schedule into runs', () => {
    expect(compressSchedule(['A', 'A', 'A', 'B', 'A'])).toBe('A ×3, B, A');
    expect(compressSchedule([])).toBe('');
  });

  it('gives elapsed times a precision that fits their size', () => {
    expect([formatMs(0.424), formatMs(3.14), formatMs(27.6)]).toEqual([
      '0.42 ms',
      '3.1 ms',
      '28 ms',
    ]);
  });

  it('capitalizes prose but not a leading identifier', () => {
    expect(capitalize('list corruption')).toBe('List corruption');
    expect(capitalize('isolated_pages count')).toBe('isolated_pages count');
    expect(capitalize('WARN_ON_ONCE()')).toBe('WARN_ON_ONCE()');
  });

  it('joins lists the English way', () => {
    expect([joinAnd([]), joinAnd(['a']), joinAnd(['a', 'b']), joinAnd(['a', 'b', 'c'])]).toEqual([
      '',
      'a',
      'a and b',
      'a, b and c',
    ]);
  });
});
