import { describe, expect, it } from 'vitest';
import { lessonFrontmatter } from '../../src/schemas/lesson';
import { formatIssues } from '../../src/schemas/errors';

const valid = {
  title: 'Memory ballooning',
  description: 'What a balloon driver does.',
  objectives: ['Explain inflate and deflate.'],
  minutes: 10,
  kernelRefs: [
    {
      file: 'mm/balloon_compaction.c',
      function: 'balloon_page_isolate',
      commit: 'a3fafdd3896719923f7055b6d7f10f6ee1950d8b',
    },
  ],
};

function messages(input: unknown): string {
  const result = lessonFrontmatter.safeParse(input);
  if (result.success) throw new Error('expected the frontmatter to be rejected');
  return formatIssues('content/lessons/01-x.mdx', result.error, lessonFrontmatter);
}

describe('lesson frontmatter schema', () => {
  it('accepts a complete lesson and fills defaults', () => {
    const { prerequisites, ...rest } = lessonFrontmatter.parse({ ...valid, prerequisites: [] });
    expect(prerequisites).toEqual([]);
    expect(rest.minutes).toBe(10);
    expect(
      lessonFrontmatter.parse({ title: 't', description: 'd', objectives: ['o'], minutes: 1 }),
    ).toMatchObject({ prerequisites: [], kernelRefs: [] });
  });

  it('names an unknown field and the file', () => {
    expect(messages({ ...valid, minuts: 3 })).toBe(
      "content/lessons/01-x.mdx: unknown field 'minuts' (did you mean minutes?)",
    );
  });

  it('names a missing field', () => {
    const { objectives: _objectives, ...missing } = valid;
    expect(messages(missing)).toBe(
      'content/lessons/01-x.mdx: objectives: required field is missing',
    );
  });

  it('names the nested field of a bad kernel reference', () => {
    const bad = { ...valid, kernelRefs: [{ ...valid.kernelRefs[0], commit: 'HEAD' }] };
    expect(messages(bad)).toBe(
      'content/lessons/01-x.mdx: kernelRefs[0].commit: must be a lowercase hex commit id (7 to 40 digits)',
    );
  });

  it('rejects an unknown field inside a kernel reference', () => {
    const bad = { ...valid, kernelRefs: [{ ...valid.kernelRefs[0], line: 12 }] };
    expect(messages(bad)).toBe("content/lessons/01-x.mdx: kernelRefs[0]: unknown field 'line'");
  });

  it('rejects a fractional time and an empty objective list', () => {
    expect(messages({ ...valid, minutes: 2.5 })).toBe(
      'content/lessons/01-x.mdx: minutes: must be a whole number of minutes',
    );
    expect(messages({ ...valid, objectives: [] })).toBe(
      'content/lessons/01-x.mdx: objectives: needs at least one learning objective',
    );
  });
});
