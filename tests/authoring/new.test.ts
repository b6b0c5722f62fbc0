import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContent } from '../../src/authoring/lint-content';
import { nextPrefix, scaffold } from '../../src/authoring/new';
import { checkClaims } from '../../src/scenarios/claims';
import { parseScenario } from '../../src/scenarios/load';
import { readCourse } from '../../src/site/lessons';

/** A copy of the real lessons and scenarios to scaffold into. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'new-'));
  mkdirSync(join(root, 'content'));
  cpSync('content/lessons', join(root, 'content/lessons'), { recursive: true });
  cpSync('content/scenarios', join(root, 'content/scenarios'), { recursive: true });
  return root;
}

describe('npm run new', () => {
  it('writes a lesson with the next free prefix that validates and passes the lint', () => {
    const root = project();
    const lessons = join(root, 'content/lessons');
    const expected = `${nextPrefix(lessons)}-my-new-lesson.mdx`;
    const file = scaffold(['lesson', 'my-new-lesson'], root);
    expect(file).toBe(join(lessons, expected));
    const course = readCourse(lessons);
    expect(course.at(-1)).toMatchObject({ id: 'my-new-lesson', data: { title: 'My new lesson' } });
    expect(lintContent(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('writes a scenario whose claim the checker confirms', () => {
    const root = project();
    const file = scaffold(['scenario', 'my-race'], root);
    const scenario = parseScenario(readFileSync(file, 'utf8'), file);
    expect(scenario.id).toBe('my-race');
    expect(checkClaims(scenario, file)).toEqual([]);
  });

  it('refuses bad arguments and existing names with one line', () => {
    const root = project();
    expect(() => scaffold([], root)).toThrow(
      /^usage: npm run new -- lesson <slug> \| scenario <id>/,
    );
    expect(() => scaffold(['page', 'x'], root)).toThrow(/^usage:/);
    expect(() => scaffold(['lesson', 'My_Lesson'], root)).toThrow("'My_Lesson' is not kebab-case");
    expect(() => scaffold(['scenario', 'isolate-vs-deflate'], root)).toThrow(
      `${join(root, 'content/scenarios/isolate-vs-deflate.yaml')} already exists`,
    );
    expect(() => scaffold(['lesson', 'memory-ballooning'], root)).toThrow('already exists');
    expect(readdirSync(join(root, 'content/scenarios'))).not.toContain('My_Lesson.yaml');
  });
});
