import { describe, expect, it } from 'vitest';
import { schemaFields } from '../../src/schemas/fields';
import { lessonFrontmatter } from '../../src/schemas/lesson';
import { scenarioSchema } from '../../src/schemas/scenario';

describe('schema documentation rows', () => {
  it('lists every lesson field, nested ones included, with its description', () => {
    const rows = schemaFields(lessonFrontmatter);
    expect(rows.map((r) => r.path)).toEqual([
      'title',
      'description',
      'objectives',
      'prerequisites',
      'minutes',
      'kernelRefs',
      'kernelRefs[].file',
      'kernelRefs[].function',
      'kernelRefs[].commit',
      'instructorNotes',
    ]);
    expect(rows.find((r) => r.path === 'minutes')).toMatchObject({
      type: 'whole number',
      required: true,
    });
    expect(rows.find((r) => r.path === 'prerequisites')).toMatchObject({ required: false });
    expect(rows.every((r) => r.description.length > 10)).toBe(true);
  });

  it('documents every scenario field, through the refinement wrapper', () => {
    const rows = schemaFields(scenarioSchema);
    expect(rows.map((r) => r.path)).toContain('cpus[].args.then');
    expect(rows.find((r) => r.path === 'cpus[].program')?.type).toBe('inflate | deflate | isolate');
    expect(rows.filter((r) => !r.description)).toEqual([]);
  });
});
