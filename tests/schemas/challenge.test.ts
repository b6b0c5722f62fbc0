/**
 * The `challenges:` field of a scenario: every field documents itself, a goal becomes the
 * model's tagged goal, and a goal naming none or two kinds, too many hints or an overlong hint are
 * refused with the field path.
 */
import { describe, expect, it } from 'vitest';
import { schemaFields } from '../../src/schemas/fields';
import { challengeSchema, SCENARIO_LIMITS } from '../../src/schemas/scenario';

const base = {
  id: 'corrupt-the-list',
  title: 'Corrupt the list',
  balloon: 'no-page-lock',
  core: 'core-page-lock',
  hints: ['Read page->private early.'],
};
const parse = (extra: object) => challengeSchema.safeParse({ ...base, ...extra });
const firstIssue = (extra: object) => {
  const r = parse(extra);
  return r.success ? null : { path: r.error.issues[0].path, message: r.error.issues[0].message };
};

describe('challengeSchema', () => {
  it('documents every field, the goal’s three kinds included', () => {
    const rows = schemaFields(challengeSchema);
    expect(rows.map((r) => r.path)).toEqual(
      expect.arrayContaining(['goal.break', 'goal.reach', 'goal.impossible', 'stepLimit', 'hints']),
    );
    expect(rows.filter((r) => r.description.length < 10)).toEqual([]);
    expect(rows.find((r) => r.path === 'goal.impossible')?.type).toBe('true');
  });

  it('turns each kind of goal into the model’s tagged goal', () => {
    expect(parse({ goal: { break: 'counting' } })).toMatchObject({
      success: true,
      data: { goal: { kind: 'break', invariant: 'counting' } },
    });
    expect(parse({ goal: { reach: 'B:deflate-short' } })).toMatchObject({
      data: { goal: { kind: 'reach', outcome: 'B:deflate-short' } },
    });
    expect(parse({ goal: { impossible: true } })).toMatchObject({
      data: { goal: { kind: 'impossible' } },
    });
  });

  it('refuses a goal that names no kind or two', () => {
    expect(firstIssue({ goal: {} })).toEqual({
      path: ['goal'],
      message: 'a goal needs one of break, reach or impossible',
    });
    expect(firstIssue({ goal: { break: 'counting', reach: 'B:deflate-short' } })).toEqual({
      path: ['goal'],
      message: 'a goal names one of break, reach or impossible, not break and reach',
    });
    expect(firstIssue({ goal: { impossible: false } })?.path).toEqual(['goal', 'impossible']);
  });

  it('caps the hints', () => {
    const many = Array.from({ length: SCENARIO_LIMITS.hints + 1 }, (_, i) => `hint ${i}`);
    expect(firstIssue({ goal: { impossible: true }, hints: many })?.path).toEqual(['hints']);
    const long = 'x'.repeat(SCENARIO_LIMITS.hint + 1);
    expect(firstIssue({ goal: { impossible: true }, hints: [long] })?.path).toEqual(['hints', 0]);
    expect(firstIssue({ goal: { impossible: true }, hints: [] })?.path).toEqual(['hints']);
  });
});
