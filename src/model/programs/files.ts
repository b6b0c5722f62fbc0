/** The kernel files the simplified lines come from, so every line can cite its source. */
export const BALLOON_C = 'mm/balloon_compaction.c';
export const BALLOON_H = 'include/linux/balloon_compaction.h';
export const VIRTIO_C = 'drivers/virtio/virtio_balloon.c';
export const MIGRATE_C = 'mm/migrate.c';
export const COMPACTION_C = 'mm/compaction.c';

/** Bit for page p in the CPUs' page masks. */
export const bit = (p: number): number => 1 << p;

/** How many pages a mask holds. */
export function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}
