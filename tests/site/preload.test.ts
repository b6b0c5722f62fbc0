import { describe, expect, it } from 'vitest';
import { chunkOf, firstUseChunks, staticImports } from '../../src/site/preload/closure';
import { withPreloads } from '../../src/site/preload/integration';

/** A client build in miniature, minified the way Vite writes it. */
const BUILD: Record<string, string> = {
  'LabIsland.aaaaaaaa.js': `import{h as e}from"./preact.bbbbbbbb.js";import"./lab.cccccccc.js";const s=()=>import("./engine.dddddddd.js"),t=()=>import("./Comparison.ffffffff.js");`,
  'preact.bbbbbbbb.js': 'export const h=1;',
  'lab.cccccccc.js': `import{h}from"./preact.bbbbbbbb.js";`,
  'engine.dddddddd.js': `import{a}from"./xstate.esm.eeeeeeee.js";import{h}from"./preact.bbbbbbbb.js";`,
  'xstate.esm.eeeeeeee.js': 'export const a=1;',
  'Comparison.ffffffff.js': 'export const c=1;',
};
const FILES = Object.keys(BUILD);
const read = (file: string) => BUILD[file];

describe('the chunks an island’s first use needs', () => {
  it('reads static imports, not dynamic ones', () => {
    expect(staticImports(BUILD['LabIsland.aaaaaaaa.js'])).toEqual([
      'preact.bbbbbbbb.js',
      'lab.cccccccc.js',
    ]);
  });

  it('is the island’s static closure plus each named part’s, each chunk once', () => {
    expect(firstUseChunks('LabIsland.aaaaaaaa.js', ['engine'], FILES, read)).toEqual([
      'LabIsland.aaaaaaaa.js',
      'preact.bbbbbbbb.js',
      'lab.cccccccc.js',
      'engine.dddddddd.js',
      'xstate.esm.eeeeeeee.js',
    ]);
  });

  it('leaves out the lazily loaded parts first use does not name', () => {
    const chunks = firstUseChunks('LabIsland.aaaaaaaa.js', [], FILES, read);
    expect(chunks).not.toContain('engine.dddddddd.js');
    expect(chunks).not.toContain('Comparison.ffffffff.js');
  });

  it('names a part that is not exactly one chunk', () => {
    expect(() => chunkOf('StepTable', FILES)).toThrow(/"StepTable" should be one chunk.*none/);
    expect(() => chunkOf('engine', [...FILES, 'engine.gggggggg.js'])).toThrow(
      /engine\.dddddddd\.js, engine\.gggggggg\.js/,
    );
  });
});

describe('data-preload on the built page', () => {
  const opts = (value: unknown) =>
    JSON.stringify({ name: 'LabIsland', value }).replace(/"/g, '&quot;');
  const island = (client: string, value: unknown) =>
    `<astro-island uid="x" component-url="/_astro/LabIsland.aaaaaaaa.js" renderer-url="/_astro/client.zzzzzzzz.js" client="${client}" opts="${opts(value)}" await-children>`;
  const chunks = (entry: string, parts: string[]) => firstUseChunks(entry, parts, FILES, read);

  it('lists the chunks beside the island’s own, as file names, leaving out the island', () => {
    const out = withPreloads(`<p>${island('visible-preload', ['engine'])}</p>`, chunks);
    expect(/data-preload="([^"]*)"/.exec(out)![1].split(' ')).toEqual([
      'preact.bbbbbbbb.js',
      'lab.cccccccc.js',
      'engine.dddddddd.js',
      'xstate.esm.eeeeeeee.js',
    ]);
  });

  it('leaves other islands alone and is idempotent', () => {
    const page = island('visible', true) + island('visible-preload', []);
    const once = withPreloads(page, chunks);
    expect(once.match(/data-preload=/g)).toHaveLength(1);
    expect(withPreloads(once, chunks)).toBe(once);
  });
});
