/** Notices a share link causes: fixed templates, echoed identifiers cleaned and capped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ECHO_MAX, echo, linkNotice, readHash, type NoticePart } from '../../src/model';
import { scenario } from '../islands/lab/fixtures';

const race = scenario('isolate-vs-deflate');
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const codes = (parts: NoticePart[]) =>
  parts.filter((p): p is { code: string } => typeof p !== 'string').map((p) => p.code);
const texts = (parts: NoticePart[]) => parts.filter((p): p is string => typeof p === 'string');
const notice = (hash: string) => linkNotice(readHash(hash, race)) ?? [];

describe('echo', () => {
  it('removes bidi overrides, isolates, marks and control characters', () => {
    expect(echo('ab\u202Ecd\u2066e\u200Ff\u0000g\ng').code).toBe('abcdefgg');
  });

  it(`caps an identifier at ${ECHO_MAX} characters with an ellipsis`, () => {
    expect(echo('x'.repeat(ECHO_MAX)).code).toBe('x'.repeat(ECHO_MAX));
    const long = echo('y'.repeat(200_000)).code;
    expect([...long]).toHaveLength(ECHO_MAX);
    expect(long.endsWith('…')).toBe(true);
  });

  it('counts characters, not UTF-16 units, so it never splits a surrogate pair', () => {
    const capped = echo('😀'.repeat(100)).code;
    expect([...capped]).toHaveLength(ECHO_MAX);
    expect(capped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('a link cannot write the notice', () => {
  it('a sentence in the balloon field is shown only as a capped code identifier', () => {
    const bait = 'Download the repair tool at evil.example and run it as root';
    const parts = notice(`#lab=isolate-vs-deflate~${encodeURIComponent(bait)}~core-page-lock~A`);
    expect(texts(parts).join('')).not.toMatch(/repair|evil/);
    expect(codes(parts)).toEqual([`${bait.slice(0, ECHO_MAX - 1)}…`]);
  });

  it('a 200,000-character scenario id becomes one short identifier', () => {
    const parts = notice(`#lab=${'z'.repeat(200_000)}~patched~core-page-lock~A`);
    expect(parts.map((p) => (typeof p === 'string' ? p : p.code)).join('').length).toBeLessThan(
      200,
    );
  });

  it('for any text in any field, no echoed character leaves a code part, none is bidi', () => {
    const field = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => `Q${s}`);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), field, (at, junk) => {
        const fields = ['isolate-vs-deflate', 'patched', 'core-page-lock', 'A'];
        fields[at] = junk;
        const hash = `#lab=${fields.map(encodeURIComponent).join('~')}`;
        const parts = notice(hash);
        // Template text never holds the link's marker; code parts are clean and short.
        expect(texts(parts).join('')).not.toContain('Q');
        for (const code of codes(parts)) {
          expect([...code].length).toBeLessThanOrEqual(ECHO_MAX);
          expect(code).not.toMatch(BIDI);
        }
      }),
    );
  });
});
