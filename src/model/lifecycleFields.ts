/**
 * What a balloon page's fields hold in each lifecycle state: the table of docs/kernel-model.md §4, in
 * words, for the lifecycle widget and lessons. A run tracks these fields per page; this is the
 * per-state summary. The Record type makes a new state fail to compile until it is described.
 */
import type { LifecycleState } from './lifecycle';

export interface PageFields {
  /** page->private: the owning balloon_dev_info, or 0. */
  private: string;
  /** Which list page->lru is linked into. */
  list: string;
  /** PG_movable_ops. */
  movableOps: string;
  /** PG_movable_ops_isolated, as PageMovableOpsIsolated() reports it. */
  isolated: string;
  refcount: string;
  owner: string;
}

/** Column headings, in the order the table shows them. */
export const FIELD_COLUMNS: ReadonlyArray<[keyof PageFields, string]> = [
  ['private', 'page->private'],
  ['list', 'page->lru is on'],
  ['movableOps', 'PG_movable_ops'],
  ['isolated', 'PageMovableOpsIsolated'],
  ['refcount', 'refcount'],
  ['owner', 'owner'],
];

export const PAGE_FIELDS: Record<LifecycleState, PageFields> = {
  inflating: {
    private: '0',
    list: "the driver's local list, or none",
    movableOps: 'no',
    isolated: 'no',
    refcount: '1',
    owner: 'the driver (freshly allocated)',
  },
  onList: {
    private: 'b',
    list: 'the balloon list (b->pages)',
    movableOps: 'yes',
    isolated: 'no',
    refcount: '1',
    owner: 'the balloon, under balloon_pages_lock',
  },
  isolated: {
    private: 'b',
    list: "compaction's migratepages list",
    movableOps: 'yes',
    isolated: 'yes',
    refcount: '2 (the core holds an extra reference)',
    owner: 'the migration core',
  },
  migrating: {
    private: 'b',
    list: "compaction's migratepages list",
    movableOps: 'yes',
    isolated: 'yes',
    refcount: '2',
    owner: 'the migration core, inside balloon_page_migrate() while the driver tells the host',
  },
  deflated: {
    private: '0 (the old page of a migration keeps b until finalize runs)',
    list: "the driver's local list (compaction's list for the old page of a migration)",
    movableOps: 'yes (sticky until the page is freed)',
    isolated: 'no (the old page of a migration: still set until the core clears it)',
    refcount: '1 or more: whoever is about to free it',
    owner: 'the driver, or the core for a migrated page',
  },
  freed: {
    private: '–',
    list: 'the buddy allocator',
    movableOps: 'cleared',
    isolated: 'cleared',
    refcount: '0',
    owner: 'nobody',
  },
};

/** One sentence on who holds the page once it enters a state, for the narration. */
export const OWNER_SENTENCE: Record<LifecycleState, string> = {
  inflating: 'The driver owns the freshly allocated page.',
  onList: 'The balloon owns the page; balloon_pages_lock guards it.',
  isolated: 'Compaction now owns the page.',
  migrating: 'The migration core owns the page while the driver tells the host.',
  deflated: 'The driver owns the page again and is about to free it.',
  freed: 'Nobody owns the page: it is back in the buddy allocator.',
};
