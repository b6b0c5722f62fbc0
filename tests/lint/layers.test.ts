/**
 * The layer allowlist in eslint.config.js: each forbidden import, written into a probe file of
 * its layer, is reported; the imports each layer is meant to use pass. Probes are linted as text
 * under a path inside the layer, for .ts and .tsx alike, so nothing is written to src/.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
// The first lint loads the config and the TypeScript parser: do that once, outside the tests.
beforeAll(() => eslint.lintText('', { filePath: 'src/model/warm.ts' }), 120_000);

/** The allowlist's messages for `code` linted as if it were the file `path`. */
async function breaches(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.filter((m) => m.ruleId === 'layers/allowlist').map((m) => m.message);
}

const forbidden: Array<[string, string, string, RegExp]> = [
  ['model', 'src/model/probe.ts', "import { z } from 'zod';", /'zod' is not allowed/],
  ['model', 'src/model/probe.ts', "import x from '../schemas/scenario';", /src\/schemas\/scenario/],
  ['model', 'src/model/run/probe.ts', "import x from '../../scenarios/load';", /outside/],
  ['model', 'src/model/probe.tsx', "import { h } from 'preact';", /'preact' is not allowed/],
  ['model', 'src/model/probe.ts', "import { readFileSync } from 'node:fs';", /Node built-in/],
  ['model', 'src/model/probe.ts', "import { createActor } from 'xstate';", /'xstate'/],
  ['machines', 'src/machines/probe.ts', "import { h } from 'preact';", /'preact'/],
  ['machines', 'src/machines/probe.tsx', "import x from '../islands/lab/keys';", /outside/],
  ['machines', 'src/machines/probe.ts', "import x from '../schemas/lesson';", /outside/],
  ['islands', 'src/islands/lab/probe.ts', "import { readFileSync } from 'node:fs';", /Node/],
  ['islands', 'src/islands/lab/probe.tsx', "import fs from 'fs';", /Node built-in/],
  ['islands', 'src/islands/lab/probe.ts', "import { codeToHtml } from 'shiki';", /'shiki'/],
  [
    'islands',
    'src/islands/lab/probe.ts',
    "import { getCollection } from 'astro:content';",
    /astro/,
  ],
  ['islands', 'src/islands/lab/probe.ts', "import { createActor } from 'xstate';", /'xstate'/],
  ['islands', 'src/islands/lab/probe.tsx', "import x from '../../components/lib/seed';", /outside/],
  ['islands', 'src/islands/lab/probe.ts', "import x from '../notebook/labLink';", /outside/],
  ['islands', 'src/islands/lab/probe.ts', "const m = import('../../site/lessons');", /outside/],
  ['islands', 'src/islands/lab/probe.ts', "export * from '../../scenarios/load';", /outside/],
  ['islands', 'src/islands/lab/probe.ts', "type M = typeof import('node:path');", /Node/],
];

describe('each forbidden import is reported', () => {
  it.each(forbidden)('%s: %s %s', async (_, path, code, message) => {
    const found = await breaches(path, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
});

const allowed: Array<[string, string]> = [
  ['src/model/run/probe.ts', "import { step } from '../step';\nimport { play } from './tape';"],
  ['src/machines/probe.ts', "import { setup } from 'xstate';\nimport { step } from '../model';"],
  ['src/islands/lab/probe.tsx', "import { useState } from 'preact/hooks';\nimport './lab.css';"],
  [
    'src/islands/lab/probe.ts',
    "import { load } from '../lib/storage';\nimport '../../machines/lab';",
  ],
  ['src/components/lib/probe.ts', "import { readFileSync } from 'node:fs';\nimport 'shiki';"],
  ['src/site/probe.ts', "import { z } from 'zod';\nimport '../islands/lab/keys';"],
];

describe('what each layer is meant to use passes', () => {
  it.each(allowed)('%s', async (path, code) => {
    expect(await breaches(path, code)).toEqual([]);
  });
});
