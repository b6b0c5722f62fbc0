/**
 * `npm start` with a scenario saved broken: every page request gets an error page naming the file
 * and the field until the file is fixed, instead of the pages rendering as if nothing happened.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentGate, errorPage } from '../../src/site/content-gate';

const FIXTURE = 'tests/authoring/fixtures/scenarios/safe-refuted.yaml';

/** What the gate answers to one request: the status and body, or 'next' when it lets it through. */
function ask(gate: ReturnType<typeof contentGate>, accept: string) {
  const sent = { status: 0, body: 'next', type: '' };
  const req = { method: 'GET', headers: { accept } } as IncomingMessage;
  const res = {
    set statusCode(code: number) {
      sent.status = code;
    },
    setHeader: (_: string, value: string) => (sent.type = value),
    end: (body: string) => (sent.body = body),
  } as unknown as ServerResponse;
  gate.middleware(req, res, () => undefined);
  return sent;
}

describe('the dev-server content gate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
  const file = join(dir, 'safe-refuted.yaml');

  it('lets pages through while the scenarios are sound', () => {
    copyFileSync(FIXTURE, file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('no-page-lock', 'patched'));
    const gate = contentGate(dir);
    expect(ask(gate, 'text/html').body).toBe('next');
  });

  it('shows a refuted "safe" claim saved while the server runs, until it is fixed', () => {
    const gate = contentGate(dir);
    copyFileSync(FIXTURE, file);
    expect(gate.refresh()).toEqual([
      expect.stringContaining(
        `${file}: expect[0].verdict: 'safe' is refuted by the checker: list-corruption after A,A,A,A,A,B,B,B,B,B,B,B,B,B,A,A`,
      ),
    ]);
    const page = ask(gate, 'text/html,application/xhtml+xml');
    expect(page.status).toBe(500);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain(`<code>${file}: expect[0].verdict: 'safe' is refuted`);
    expect(page.body).toContain('<script type="module" src="/@vite/client"></script>');
    // Modules and assets still load, so Vite's client on the error page can reload it.
    expect(ask(gate, '*/*').body).toBe('next');

    writeFileSync(file, readFileSync(file, 'utf8').replace('no-page-lock', 'patched'));
    expect(gate.refresh()).toEqual([]);
    expect(ask(gate, 'text/html').body).toBe('next');
  });

  it('shows a malformed file too, with its field', () => {
    const gate = contentGate(dir);
    writeFileSync(
      file,
      readFileSync(FIXTURE, 'utf8').replace('program: isolate', 'program: isolte'),
    );
    gate.refresh();
    expect(ask(gate, 'text/html').body).toContain(
      `<code>${file}: cpus[0].program: unknown program 'isolte' (did you mean isolate?)`,
    );
  });

  it('escapes what it echoes', () => {
    expect(errorPage(['a.yaml: title: <script>'])).toContain(
      '<code>a.yaml: title: &lt;script&gt;</code>',
    );
  });
});
