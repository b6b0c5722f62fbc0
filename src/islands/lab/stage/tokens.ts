/**
 * The locks a CPU holds, as the tokens its lane wears: balloon_pages_lock moves from lane to lane
 * as CPUs take it, so a learner sees who holds it without reading the state tables. Waiting is
 * already said by the lane's status ("spinning on balloon_pages_lock held by CPU A").
 */
import type { StateView } from '../../../model';

export interface LockToken {
  /** The lock in kernel vocabulary: balloon_pages_lock, PG_locked of P, the driver mutex. */
  lock: string;
  kind: 'spinlock' | 'page' | 'mutex';
}

/** The tokens of the CPU named `cpu` in `view`, spinlock first. */
export function tokensOf(view: StateView, cpu: string): LockToken[] {
  const tokens: LockToken[] = [];
  if (view.balloonPagesLock.holder === cpu)
    tokens.push({ lock: 'balloon_pages_lock', kind: 'spinlock' });
  for (const l of view.pageLocks)
    if (l.holder === cpu) tokens.push({ lock: `PG_locked of ${l.page}`, kind: 'page' });
  if (view.driverMutex.holder === cpu)
    tokens.push({ lock: 'driver mutex (vb->balloon_lock)', kind: 'mutex' });
  return tokens;
}
