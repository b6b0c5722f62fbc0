/**
 * The state strip on a phone: the verdict's headline and the shared state in two or three lines,
 * pinned to the bottom of the window while the lab's lane is in view (lab.css), so a step's
 * effect on the lists, on balloon_pages_lock and on the verdict shows without scrolling. Where
 * it covers the verdict panel it repeats that panel's headline. It repeats what the verdict and
 * the drawing's text alternative say, so it is hidden from assistive technology; a torn-out page
 * carries ✗ and the word "torn", not only a colour. On paper it is left out (the drawing prints).
 */
import { VERDICT_ICON } from '../VerdictPanel';
import type { Verdict } from '../view';
import type { Picture } from './picture';

interface Props {
  verdict: Verdict;
  picture: Picture;
  cpus: readonly string[];
}

export function MiniState({ verdict, picture, cpus }: Props) {
  const lock = picture.lock.holder;
  return (
    <p class="lab-mini" aria-hidden="true" data-print="hide">
      <b class="lab-mini-item lab-mini-verdict" data-verdict={verdict.kind}>
        {VERDICT_ICON[verdict.kind]} {verdict.label}
      </b>
      <span class="lab-mini-item">
        {lock ? '◆' : '◇'} <code>balloon_pages_lock</code> {lock ? `CPU ${lock}` : 'free'}
      </span>
      {picture.lists.map((l) => (
        <span class="lab-mini-item" key={l.id}>
          <code>{l.owner >= 0 ? `${cpus[l.owner]}: ${l.name}` : l.name}</code>{' '}
          {l.pages.length + l.tornOut.length === 0 && '—'}
          {l.pages.join(' ')}
          {l.tornOut.map((t) => (
            <b class="lab-mini-torn" key={t.page}>
              {' '}
              ✗{t.page} torn
            </b>
          ))}
        </span>
      ))}
      <span class="lab-mini-item">
        <code>isolated_pages</code> {picture.isolatedPages}
      </span>
    </p>
  );
}
