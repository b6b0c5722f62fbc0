import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLessonFileName, readCourse } from '../../src/site/lessons';

const frontmatter = (extra = '') =>
  `---\ntitle: T\ndescription: D\nobjectives: [O]\nminutes: 5\n${extra}---\n\nBody.\n`;

function course(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('reading the course', () => {
  it('parses NN-slug.mdx names', () => {
    expect(parseLessonFileName('07-the-fix.mdx')).toEqual({ order: 7, id: 'the-fix' });
    expect(parseLessonFileName('7-the-fix.mdx')).toBeNull();
    expect(parseLessonFileName('07-The_Fix.mdx')).toBeNull();
  });

  it('orders lessons by their numeric prefix, not by reading order', () => {
    const dir = course({
      '10-last.mdx': frontmatter(),
      '02-second.mdx': frontmatter(),
      '01-first.mdx': frontmatter(),
    });
    expect(readCourse(dir).map((lesson) => lesson.id)).toEqual(['first', 'second', 'last']);
  });

  it('reports every problem with its file', () => {
    const dir = course({
      '01-memory-ballooning.mdx': frontmatter('colour: red\n'),
      '02-a.mdx': frontmatter('prerequisites: [memory-ballooning]\n'),
      'notes.mdx': frontmatter(),
      '03-b.mdx': 'no frontmatter here',
    });
    const message = (() => {
      try {
        readCourse(dir);
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    })();
    expect(message).toContain(`${join(dir, '01-memory-ballooning.mdx')}: unknown field 'colour'`);
    expect(message).toContain(`${join(dir, 'notes.mdx')}: a lesson file must be named NN-slug.mdx`);
    expect(message).toContain(
      `${join(dir, '03-b.mdx')}: the file must start with a --- frontmatter block ---`,
    );
    // 01's frontmatter is broken, but the lesson exists: 02's prerequisite on it is fine.
    expect(message).not.toContain('prerequisites[0]');
  });

  it('names a prerequisite that is no lesson, with a hint', () => {
    const dir = course({
      '01-memory-ballooning.mdx': frontmatter(),
      '02-b.mdx': frontmatter('prerequisites: [memory-balooning]\n'),
    });
    expect(() => readCourse(dir)).toThrow(
      `${join(dir, '02-b.mdx')}: prerequisites[0]: no lesson has the id 'memory-balooning' (did you mean memory-ballooning?)`,
    );
  });

  it('rejects two lessons with one prefix', () => {
    const dir = course({ '01-a.mdx': frontmatter(), '01-b.mdx': frontmatter() });
    expect(() => readCourse(dir)).toThrow('prefix 01 is also used by');
  });
});
