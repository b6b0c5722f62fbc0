/**
 * The build's verdict cache: a second check of an unchanged scenario is answered from the cache
 * without exploring, and changing the scenario file or any model source file misses it.
 */
import { cpSync, mkdtempSync, readFileSync, appendFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaims, checkClaimsCached } from '../../src/scenarios/claims';
import { parseScenario } from '../../src/scenarios/load';

function sandbox() {
  const root = mkdtempSync(join(tmpdir(), 'claims-cache-'));
  const modelDir = join(root, 'model');
  cpSync('src/model', modelDir, { recursive: true });
  const file = join(root, 'isolate-vs-deflate.yaml');
  writeFileSync(file, readFileSync('content/scenarios/isolate-vs-deflate.yaml'));
  const options = { cacheDir: join(root, 'cache'), modelDir };
  const check = () =>
    checkClaimsCached(parseScenario(readFileSync(file, 'utf8'), file), file, options);
  return { file, modelDir, check };
}

describe('checkClaimsCached', () => {
  it('hits on an unchanged scenario and model, with the same problems and claim times', () => {
    const { file, check } = sandbox();
    const first = check();
    expect(first.cached).toBe(false);
    const claims = parseScenario(readFileSync(file, 'utf8'), file).expect;
    expect(first.times.map((t) => t.claim)).toHaveLength(claims.length);
    const second = check();
    expect(second.cached).toBe(true);
    expect(second.problems).toEqual(first.problems);
    expect(second.times).toEqual(first.times);
  });

  it('misses when the scenario file changes, and its answer is the new file’s', () => {
    const { file, check } = sandbox();
    check();
    // A claim that is now false: its outcome list names an outcome that cannot happen.
    const text = readFileSync(file, 'utf8').replace(
      '    outcomes:\n',
      '    outcomes:\n      - A:isolate-migrated\n',
    );
    writeFileSync(file, text);
    const changed = check();
    expect(changed.cached).toBe(false);
    expect(changed.problems).toEqual(checkClaims(parseScenario(text, file), file));
    expect(changed.problems.join()).toContain("outcome 'A:isolate-migrated' is unreachable");
  });

  it('misses when any model source file changes', () => {
    const { modelDir, check } = sandbox();
    check();
    appendFileSync(join(modelDir, 'programs', 'files.ts'), '\n// changed\n');
    expect(check().cached).toBe(false);
    expect(check().cached).toBe(true);
  });
});
