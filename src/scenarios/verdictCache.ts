/**
 * The build's verdict cache: an answer about a scenario, stored under a hash of the scenario
 * file's bytes and of the model's whole source, so a build or a dev-server reload re-explores
 * only scenarios (or a model) that changed. Claims and challenges both keep their answers here,
 * each under its own kind. The cache lives in node_modules/.cache, never in git.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../model';

/** Where verdicts are cached, and what they depend on (replaceable for tests). */
export interface ClaimCacheOptions {
  cacheDir?: string;
  modelDir?: string;
}

/** Every file of the model, hashed: any change to the model's source invalidates every verdict. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * `compute()`'s answer for this scenario file, from the cache when neither the file nor the model
 * changed since it was stored. `kind` keeps different questions about one file apart. The
 * answer must be plain JSON.
 */
export function cachedVerdict<T extends object>(
  kind: string,
  scenario: Scenario,
  file: string,
  compute: () => T,
  {
    cacheDir = 'node_modules/.cache/balloon-lab/claims',
    modelDir = 'src/model',
  }: ClaimCacheOptions = {},
): T & { cached: boolean } {
  const hash = createHash('sha256');
  // The claims' entries keep their old key (no kind mixed in), so existing caches stay valid.
  if (kind !== 'claims') hash.update(`${kind}\0`);
  const key = hash
    .update(existsSync(file) ? readFileSync(file) : JSON.stringify(scenario))
    .update(hashTree(modelDir))
    .update(file)
    .digest('hex');
  const entry = join(cacheDir, `${key}.json`);
  if (existsSync(entry)) {
    try {
      return { ...(JSON.parse(readFileSync(entry, 'utf8')) as T), cached: true };
    } catch {
      // An unreadable entry is simply recomputed and rewritten.
    }
  }
  const result = compute();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(entry, JSON.stringify(result));
  return { ...result, cached: false };
}
