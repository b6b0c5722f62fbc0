/** The built pages the post-build integrations rewrite (CSP, island data, search ranking, preloads). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under `dir`, at any depth. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
