/**
 * The two variant axes of docs/kernel-model.md §6, with the facts each program needs to know
 * about them. Programs ask these predicates instead of comparing ids, so a new variant is
 * one row here.
 */
import type { BalloonKnobs, BalloonVariant, CoreVariant, Variants } from './types';

/** One selectable variant, for pickers and the CLI's `list`. */
export interface VariantInfo<Id extends string> {
  id: Id;
  label: string;
  description: string;
  /** 'real' code (with its commit) or why the hypothetical exists. */
  source: string;
  /** What a source line names as the code's origin: the commit, or the commit it changes. */
  basis: string;
}

/** The balloon-code axis. */
export const BALLOON_VARIANTS: VariantInfo<BalloonVariant>[] = [
  {
    id: 'page-lock',
    label: 'Before the patch (page lock)',
    description:
      'Global balloon_pages_lock plus the page lock: enqueue BUG_ON(!trylock_page), dequeue skips locked pages, isolate reads page->private before taking the spinlock, migrate finalizes after dropping it.',
    source: 'real: parent commit 8202313e3dfa9bdeb73427b564cfe2bfd02e4807',
    basis: 'commit 8202313e',
  },
  {
    id: 'no-page-lock',
    label: 'Page lock deleted, nothing else changed',
    description:
      'The parent commit 8202313e with its page-lock lines removed and nothing else: isolate still reads page->private before taking balloon_pages_lock.',
    source: 'hypothetical: 8202313e minus its page-lock lines, the mistake the patch avoids',
    basis: 'hypothetical: commit 8202313e minus its page-lock lines',
  },
  {
    id: 'patched',
    label: 'After the patch',
    description:
      'No page lock: isolate reads page->private under balloon_pages_lock and migrate finalizes the old page before dropping it.',
    source: 'real: commit a3fafdd3896719923f7055b6d7f10f6ee1950d8b',
    basis: 'commit a3fafdd',
  },
  {
    id: 'patched-finalize-outside',
    label: 'Patched, finalize outside the lock',
    description: 'The patch, except that migrate finalizes the old page after spin_unlock.',
    source:
      'hypothetical: a3fafdd with finalize moved back after spin_unlock, to discuss why it moved',
    basis: 'hypothetical: commit a3fafdd with finalize after spin_unlock',
  },
];

/** The migration-core axis. */
export const CORE_VARIANTS: VariantInfo<CoreVariant>[] = [
  {
    id: 'core-page-lock',
    label: 'Core takes the page lock (today)',
    description:
      'isolate_movable_ops_page() trylocks the page, tests PageMovableOpsIsolated, calls the callback, sets the flag and unlocks; putback and migrate run with the page locked.',
    source: 'real: mm/migrate.c since the movable_ops rework',
    basis: 'the migration core of mm/migrate.c',
  },
  {
    id: 'core-test-and-set',
    label: 'Atomic test-and-set of the isolated flag',
    description:
      'No page lock anywhere: an atomic test-and-set of PG_movable_ops_isolated, cleared again when the callback refuses.',
    source: 'hypothetical: the future the commit message suggests',
    basis: 'a hypothetical migration core',
  },
  {
    id: 'core-racy',
    label: 'Plain test, then set',
    description: 'No page lock and a plain test of the isolated flag followed by a separate set.',
    source: 'hypothetical: a bug, to show why the flag needs the lock or an atomic',
    basis: 'a hypothetical migration core',
  },
];

/** The defaults the CLI and the lab start from. */
export const DEFAULT_VARIANTS: Variants = { balloon: 'patched', core: 'core-page-lock' };

/** The knobs of each named balloon variant. */
const NAMED_KNOBS: Record<BalloonVariant, BalloonKnobs> = {
  'page-lock': { pageLock: true, readPrivateUnderLock: false, finalizeUnderLock: false },
  'no-page-lock': { pageLock: false, readPrivateUnderLock: false, finalizeUnderLock: false },
  patched: { pageLock: false, readPrivateUnderLock: true, finalizeUnderLock: true },
  'patched-finalize-outside': {
    pageLock: false,
    readPrivateUnderLock: true,
    finalizeUnderLock: false,
  },
};

/** A named balloon variant's knobs. */
export const balloonKnobs = (id: BalloonVariant): BalloonKnobs => ({ ...NAMED_KNOBS[id] });

/** The named balloon variant with exactly these knobs, or null for a combination no one named. */
export function namedVariantFor(knobs: BalloonKnobs): BalloonVariant | null {
  const same = (k: BalloonKnobs) =>
    k.pageLock === knobs.pageLock &&
    k.readPrivateUnderLock === knobs.readPrivateUnderLock &&
    k.finalizeUnderLock === knobs.finalizeUnderLock;
  return BALLOON_VARIANTS.find((v) => same(NAMED_KNOBS[v.id]))?.id ?? null;
}

/** The knobs in force: the free ones if set, else the named variant's. */
const knobsOf = (v: Variants): BalloonKnobs => v.knobs ?? NAMED_KNOBS[v.balloon];

/** Balloon code that still takes the page lock itself (enqueue, dequeue, migrate's VM_BUG_ON). */
export const balloonUsesPageLock = (v: Variants): boolean => knobsOf(v).pageLock;

/** Balloon code whose isolate callback reads page->private only after spin_lock. */
export const isolateReadsUnderLock = (v: Variants): boolean => knobsOf(v).readPrivateUnderLock;

/** Balloon code whose migrate callback finalizes the old page before spin_unlock. */
export const finalizeUnderLock = (v: Variants): boolean => knobsOf(v).finalizeUnderLock;

/** A short key for caches: the knobs in force and the core. */
export function variantsKey(v: Variants): string {
  const k = knobsOf(v);
  return `${+k.pageLock}${+k.readPrivateUnderLock}${+k.finalizeUnderLock}/${v.core}`;
}

/** A core that takes the page lock for isolate, putback and migrate. */
export const coreUsesPageLock = (v: Variants): boolean => v.core === 'core-page-lock';

/** A core that sets PG_movable_ops_isolated with an atomic test-and-set. */
export const coreTestAndSet = (v: Variants): boolean => v.core === 'core-test-and-set';

/** Type guards for untrusted ids (CLI flags, YAML, URLs). */
export const isBalloonVariant = (id: string): id is BalloonVariant =>
  BALLOON_VARIANTS.some((v) => v.id === id);
export const isCoreVariant = (id: string): id is CoreVariant =>
  CORE_VARIANTS.some((v) => v.id === id);

/**
 * Where the shown code comes from, for a source line: "commit a3fafdd", or the hypothetical and
 * the commit it changes ("hypothetical: commit 8202313e minus its page-lock lines"). Free knobs
 * name the variant they match, else a mix of the two real commits.
 */
export function sourceBasis(v: Variants): string {
  const id = v.knobs ? namedVariantFor(v.knobs) : v.balloon;
  const info = BALLOON_VARIANTS.find((b) => b.id === id);
  const basis = info?.basis ?? 'hypothetical: a mix of commits 8202313e and a3fafdd';
  return v.core === 'core-page-lock' ? basis : `${basis}, with a hypothetical migration core`;
}
