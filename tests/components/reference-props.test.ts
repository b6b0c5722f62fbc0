// The component reference pages' props tables are generated from the schemas the components
// validate with; these tests pin the generation and that every component really uses its schema.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPONENT_PROPS } from '../../src/components/props';
import { propRows } from '../../src/components/reference/propRows';
import { componentTags } from '../../src/site/widget-ids';

describe('propRows', () => {
  it('lists a component’s props in declaration order, with type, default and meaning', () => {
    const rows = propRows('Lab');
    expect(rows.map((r) => `${r.name}${r.required ? '' : '?'}`)).toEqual([
      'scenario?',
      'balloon?',
      'core?',
      'challenge?',
      'schedule?',
      'compare?',
    ]);
    expect(rows[1]).toMatchObject({ type: 'text', default: '`"patched"`' });
    expect(rows[1].values).toContain('no-page-lock');
    expect(rows[5]).toMatchObject({ type: 'true | false', default: '`false`' });
    expect(rows[3].values).toContain('isolate-vs-deflate/corrupt-the-list');
    expect(rows[0].values).toContain('isolate-vs-deflate');
    expect(rows.every((r) => r.meaning.length > 0)).toBe(true);
  });

  it('lists the fields of a list prop', () => {
    expect(propRows('Quiz').map((r) => r.name)).toEqual([
      'id',
      'question',
      'options',
      'options[].text',
      'options[].correct',
      'options[].explain',
    ]);
  });

  it('shows no rows for a component without props, and refuses one without a schema', () => {
    expect(propRows('Lifecycle')).toEqual([]);
    expect(() => propRows('Nope')).toThrow(
      'reference page for <Nope>: no props schema; add one to src/components/props/index.ts',
    );
  });
});

describe('every MDX-facing component validates with its schema', () => {
  it.each(Object.keys(COMPONENT_PROPS))('%s', (name) => {
    const source = readFileSync(`src/components/${name}.astro`, 'utf8');
    expect(source).toMatch(
      new RegExp(`checkProps\\(\\s*Astro\\.url,\\s*'${name}',\\s*\\w+Props\\(\\)`),
    );
    expect(source).not.toMatch(/interface Props\b/);
  });

  it('covers every component a lesson or guide page uses', () => {
    const pages = ['content/lessons', 'content/pages/authoring'].flatMap((dir) =>
      readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8')),
    );
    const ours = (text: string) =>
      [...text.matchAll(/^import (\w+) from '[./]+\/src\/components\/\1\.astro';$/gm)].map(
        (m) => m[1],
      );
    const used = new Set(pages.flatMap((text) => componentTags(text).map((t) => t.component)));
    const imported = new Set(pages.flatMap(ours));
    expect(imported.size).toBeGreaterThan(5);
    expect([...imported].filter((name) => !used.has(name) || !(name in COMPONENT_PROPS))).toEqual(
      [],
    );
  });
});
