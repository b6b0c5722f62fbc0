/**
 * Compaction putback(P): putback_movable_pages() → putback_movable_ops_page() → the balloon
 * callback balloon_page_putback(). Also the path a failed migration takes.
 */
import { END, type LineDef } from '../program';
import {
  cpuName,
  fire,
  listAdd,
  listDel,
  pageName,
  putPage,
  readPagePrivate,
  setIsolated,
  touch,
  warn,
  unlockPage,
} from '../ops';
import { coreUsesPageLock } from '../variants';
import { BALLOON_C, MIGRATE_C } from './files';

export const putbackLines: LineDef[] = [
  {
    id: 'pb.list_del',
    code: 'list_del(&folio->lru);',
    fn: 'putback_movable_pages',
    file: MIGRATE_C,
    run: (x) => {
      listDel(x, x.c.page);
      x.say = `${cpuName(x.s, x.cpu)} takes ${pageName(x, x.c.page)} off its migratepages list to put it back`;
    },
  },
  {
    id: 'pb.lock',
    code: 'folio_lock(folio);',
    fn: 'putback_movable_ops_page',
    file: MIGRATE_C,
    when: coreUsesPageLock,
    waits: 'page',
    run: (x) => void (x.say = `${cpuName(x.s, x.cpu)} locks ${pageName(x, x.c.page)}`),
  },
  {
    id: 'pb.read',
    code: 'b_dev_info = balloon_page_device(page); if (WARN_ON_ONCE(!b_dev_info)) return;',
    fn: 'balloon_page_putback',
    file: BALLOON_C,
    run: (x) => {
      touch(x, x.c.page);
      x.c.b = readPagePrivate(x, x.c.page);
      x.say = `${cpuName(x.s, x.cpu)} reads ${pageName(x, x.c.page)}->private = ${x.c.b ? 'b' : '0'}`;
      if (x.c.b) return;
      warn(
        x,
        `${pageName(x, x.c.page)} is isolated but its page->private is 0, so it cannot go back to any balloon`,
        x.c.page,
      );
      x.c.result = 'putback-lost';
      return 'pb.clear';
    },
  },
  {
    id: 'pb.spin_lock',
    code: 'spin_lock_irqsave(&balloon_pages_lock, flags);',
    fn: 'balloon_page_putback',
    file: BALLOON_C,
    waits: 'spin',
    run: (x) => void (x.say = `${cpuName(x.s, x.cpu)} takes balloon_pages_lock`),
  },
  {
    id: 'pb.list_add',
    code: 'list_add(&page->lru, &b_dev_info->pages);',
    fn: 'balloon_page_putback',
    file: BALLOON_C,
    run: (x) => {
      listAdd(x, x.c.page, 'balloon');
      fire(x, x.c.page, 'PUTBACK');
      x.say = `${cpuName(x.s, x.cpu)} links ${pageName(x, x.c.page)} back onto the balloon list`;
    },
  },
  {
    id: 'pb.count',
    code: 'b_dev_info->isolated_pages--;',
    fn: 'balloon_page_putback',
    file: BALLOON_C,
    run: (x) => {
      x.s.isolatedPages--;
      x.say = `${cpuName(x.s, x.cpu)} uncounts ${pageName(x, x.c.page)} from isolated_pages (now ${x.s.isolatedPages})`;
    },
  },
  {
    id: 'pb.spin_unlock',
    code: 'spin_unlock_irqrestore(&balloon_pages_lock, flags);',
    fn: 'balloon_page_putback',
    file: BALLOON_C,
    run: (x) => {
      x.s.spinHolder = -1;
      x.say = `${cpuName(x.s, x.cpu)} drops balloon_pages_lock`;
    },
  },
  {
    id: 'pb.clear',
    code: 'ClearPageMovableOpsIsolated(page);',
    fn: 'putback_movable_ops_page',
    file: MIGRATE_C,
    run: (x) => {
      touch(x, x.c.page);
      setIsolated(x, x.c.page, false);
      x.say = `${cpuName(x.s, x.cpu)} clears PG_movable_ops_isolated on ${pageName(x, x.c.page)}`;
    },
  },
  {
    id: 'pb.unlock',
    code: 'folio_unlock(folio);',
    fn: 'putback_movable_ops_page',
    file: MIGRATE_C,
    when: coreUsesPageLock,
    run: (x) => unlockPage(x, x.c.page),
  },
  {
    id: 'pb.put',
    code: 'folio_put(folio);',
    fn: 'putback_movable_ops_page',
    file: MIGRATE_C,
    run: (x) => {
      const freed = putPage(x, x.c.page);
      x.c.result ||= 'putback';
      x.say = `${cpuName(x.s, x.cpu)} drops its reference to ${pageName(x, x.c.page)}${freed ? ', which frees it' : ''}`;
      return END;
    },
  },
];
