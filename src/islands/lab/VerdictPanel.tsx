/**
 * The invariant panel: a live region (role="status") whose data-verdict is ok, violation or
 * finished. The verdict is spelled out with an icon and words, never by colour alone.
 */
import { InlineCode } from './stage/InlineCode';
import type { Verdict } from './view';

export const VERDICT_ICON = { ok: '✓', violation: '✗', finished: '■' } as const;

export function VerdictPanel({ verdict }: { verdict: Verdict }) {
  return (
    <div class="bl-verdict lab-verdict" role="status" data-verdict={verdict.kind}>
      <p class="lab-verdict-label">
        <b aria-hidden="true">{VERDICT_ICON[verdict.kind]}</b> {verdict.label}
      </p>
      {verdict.sentences.map((s, i) => (
        <p key={i}>
          <InlineCode text={s} />
        </p>
      ))}
    </div>
  );
}
