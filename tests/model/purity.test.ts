/** src/model stays headless: no xstate, astro, zod, node or DOM imports. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

it('src/model imports only itself', () => {
  for (const f of files('src/model')) {
    const imports = [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'|import '([^']+)'/g)].map(
      (m) => m[1] ?? m[2],
    );
    for (const i of imports) expect(i.startsWith('.'), `${f} imports ${i}`).toBe(true);
    expect(readFileSync(f, 'utf8')).not.toMatch(/\b(window|document)\./);
  }
});
