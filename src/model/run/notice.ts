/**
 * What the lab says about a link it opened, from fixed templates only. A link is written by
 * anyone, so nothing it carries becomes a sentence: identifiers it echoes are cleaned (control
 * and bidirectional-formatting characters removed), capped in length, and marked as code so the
 * page shows them as literal names.
 */
import type { HashResult, LinkProblem } from './link';
import { stepsWord, stopSentence } from './tape';

/** A notice as text runs and echoed identifiers (rendered as <code>). */
export type NoticePart = string | { code: string };

/** The longest identifier a notice echoes, in characters, ellipsis included. */
export const ECHO_MAX = 40;

// Cc: C0/C1 controls; Cf: format characters, among them every bidi embedding, override and
// isolate (U+202A-U+202E, U+2066-U+2069) and the marks U+200E/U+200F; Zl/Zp: line separators.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** An untrusted identifier as a notice may show it. */
export function echo(id: string): { code: string } {
  const chars = [...id.replace(UNSAFE, '')];
  const text =
    chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX - 1).join('')}…` : chars.join('');
  return { code: text };
}

const quoted = (id: string): NoticePart[] => ["'", echo(id), "'"];

/** Why a link could not be opened, as template parts. */
function problemParts(p: LinkProblem): NoticePart[] {
  switch (p.kind) {
    case 'encoding':
      return ['it is not valid percent-encoding'];
    case 'shape':
      return ['it is not scenario~balloon~core~schedule'];
    case 'scenario':
      return ['no lab on this page runs scenario ', ...quoted(p.id)];
    case 'balloon':
      return ['unknown balloon code ', ...quoted(p.id)];
    case 'core':
      return ['unknown migration core ', ...quoted(p.id)];
    case 'cpu':
      return ['unknown CPU ', ...quoted(p.name), `; this lab's CPUs are ${p.known.join(', ')}`];
  }
}

/**
 * The notice for a link, or null when there is nothing to say (no link, or a run that opened
 * whole). A partly replayable link says how far it got and why it stopped; the reason comes
 * from the model (CPU names from the scenario), not from the link.
 */
export function linkNotice(result: HashResult): NoticePart[] | null {
  if (result.kind === 'garbled') {
    return [
      'The link’s lab run could not be opened (',
      ...problemParts(result.problem),
      '), so the lab shows its default run.',
    ];
  }
  if (result.kind === 'none' || !result.stop) return null;
  const { stop, total } = result;
  return [
    `Replayed ${stop.index} of ${stepsWord(total)} from the link; ${stopSentence(stop)}. The lab stops there.`,
  ];
}

/** The notice as plain text (for tests and logs); identifiers appear as they are shown. */
export const noticeText = (parts: readonly NoticePart[]): string =>
  parts.map((p) => (typeof p === 'string' ? p : p.code)).join('');
