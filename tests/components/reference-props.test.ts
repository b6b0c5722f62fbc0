// The component reference pages read each component's `interface Props` and refuse docs that
// disagree with it; these tests pin that reading on a fixture and on the real components.
import { describe, expect, it } from 'vitest';
import { declaredProps, propRows } from '../../src/components/reference/props';

const SOURCE = `---
import x from './x';

interface Props {
  /** A scenario id; see
   * content/scenarios. */
  scenario: string;
  // Default patched.
  balloon?: string;
  ask: 'next-cpu' | 'private';
  compare?: boolean;
}

const y = 1;
---
<p />`;

describe('declaredProps', () => {
  it('reads names, types and optionality, skipping comments', () => {
    expect(declaredProps('Fixture', SOURCE)).toEqual([
      { name: 'scenario', type: 'string', required: true },
      { name: 'balloon', type: 'string', required: false },
      { name: 'ask', type: "'next-cpu' | 'private'", required: true },
      { name: 'compare', type: 'boolean', required: false },
    ]);
  });

  it('finds no props in a component without an interface', () => {
    expect(declaredProps('Fixture', '---\nconst a = 1;\n---\n<p />')).toEqual([]);
    expect(declaredProps('Lifecycle')).toEqual([]);
  });

  it('reads the real components', () => {
    expect(declaredProps('Trace').map((p) => `${p.name}${p.required ? '' : '?'}`)).toEqual([
      'scenario',
      'balloon?',
      'core?',
      'schedule',
      'title?',
    ]);
    expect(declaredProps('Quiz').find((p) => p.name === 'options')?.type).toBe('QuizOption[]');
  });
});

describe('propRows', () => {
  const docs = [
    { name: 'scenario', meaning: 'm' },
    { name: 'balloon', default: '`patched`', meaning: 'm' },
    { name: 'ask', meaning: 'm' },
    { name: 'compare', default: '`false`', meaning: 'm' },
  ];

  it('joins docs to the declaration, in declaration order', () => {
    const rows = propRows('Fixture', [...docs].reverse(), SOURCE);
    expect(rows.map((r) => r.name)).toEqual(['scenario', 'balloon', 'ask', 'compare']);
    expect(rows[2]).toMatchObject({ type: "'next-cpu' | 'private'", required: true });
  });

  it('refuses a missing or an extra prop, naming both lists', () => {
    expect(() => propRows('Fixture', docs.slice(1), SOURCE)).toThrow(
      'documents props balloon, ask, compare, but the component declares scenario, balloon, ask, compare',
    );
    expect(() => propRows('Fixture', [...docs, { name: 'x', meaning: 'm' }], SOURCE)).toThrow(
      /declares scenario/,
    );
  });

  it('refuses a default on a required prop', () => {
    const wrong = docs.map((d) => (d.name === 'ask' ? { ...d, default: 'x' } : d));
    expect(() => propRows('Fixture', wrong, SOURCE)).toThrow('required prop ask has a default');
  });
});
