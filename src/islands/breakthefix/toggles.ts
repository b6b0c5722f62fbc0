/**
 * The four things a learner can break, as the controls hold them, and how a combination maps to
 * the model's knobs. Pure: the island's initial bundle carries this, never the model.
 */
import type { BalloonKnobs, BalloonVariant, CoreVariant } from '../../model';

/** The controls' state. */
export interface Toggles {
  scenario: string;
  /** (a) where balloon_page_isolate() reads page->private. */
  readPrivate: 'under-lock' | 'before-lock';
  /** (b) where balloon_page_migrate() calls balloon_page_finalize(). */
  finalize: 'under-lock' | 'after-unlock';
  /** (c) the page lock in enqueue/dequeue (BUG_ON(!trylock_page), trylock-or-skip). */
  pageLock: boolean;
  /** (d) the migration core's isolation protocol. */
  core: CoreVariant;
}

/** Where the widget starts: the patched code under today's migration core. */
export const PATCHED: Omit<Toggles, 'scenario'> = {
  readPrivate: 'under-lock',
  finalize: 'under-lock',
  pageLock: false,
  core: 'core-page-lock',
};

/** The balloon-code toggles as the model's knobs. */
export const knobsOf = (t: Toggles): BalloonKnobs => ({
  pageLock: t.pageLock,
  readPrivateUnderLock: t.readPrivate === 'under-lock',
  finalizeUnderLock: t.finalize === 'under-lock',
});

/** The toggles that show a named variant's knobs (the scenario and core are kept). */
export const withKnobs = (t: Toggles, k: BalloonKnobs): Toggles => ({
  ...t,
  pageLock: k.pageLock,
  readPrivate: k.readPrivateUnderLock ? 'under-lock' : 'before-lock',
  finalize: k.finalizeUnderLock ? 'under-lock' : 'after-unlock',
});

/** The line under the verdict that names the code a combination equals. */
export function namedLine(named: BalloonVariant | null): string {
  if (!named) return 'This combination is none of the named variants: it is code of your own.';
  return NAMED_LINES[named];
}

const NAMED_LINES: Record<BalloonVariant, string> = {
  'page-lock': 'This is exactly the code before the patch (8202313e).',
  patched: 'This is exactly the code after the patch (a3fafdd3).',
  'no-page-lock':
    'This is the no-page-lock variant: the page-lock lines deleted and nothing else changed (hypothetical).',
  'patched-finalize-outside':
    'This is the patched-finalize-outside variant: the patch, but finalize after spin_unlock (hypothetical).',
};
