/**
 * Compaction migrate(P → Q): migrate_pages() → migrate_movable_ops_page() → the balloon
 * callback balloon_page_migrate(), which calls the driver's virtballoon_migratepage().
 * On -EAGAIN the core frees Q and puts P back (one attempt; the kernel retries a few times).
 */
import { END, type LineDef, type StepCtx } from '../program';
import {
  bug,
  cpuName,
  fire,
  getPage,
  listAdd,
  listDel,
  pageName,
  putPage,
  readPagePrivate,
  setIsolated,
  setPrivate,
  touch,
  warn,
} from '../ops';
import { balloonUsesPageLock, coreUsesPageLock, finalizeUnderLock } from '../variants';
import { BALLOON_C, BALLOON_H, COMPACTION_C, MIGRATE_C, VIRTIO_C } from './files';

const finalizeAfterUnlock = (v: Parameters<typeof finalizeUnderLock>[0]) => !finalizeUnderLock(v);

/** The driver refused (-EAGAIN): P goes back to `isolated`. */
function migrateFails(x: StepCtx, why: string): string {
  fire(x, x.c.page, 'MIGRATE_FAIL');
  x.c.result = 'migrate-failed';
  x.say = `${cpuName(x.s, x.cpu)} ${why}: migration returns -EAGAIN`;
  return 'mig.fail_unlock';
}

/** balloon_page_finalize(page) on the old page. */
function finalizeOld(x: StepCtx): void {
  setPrivate(x, x.c.page, 0);
  x.say = `${cpuName(x.s, x.cpu)} clears ${pageName(x, x.c.page)}->private${x.ruleI ? ' without holding balloon_pages_lock' : ''}`;
}

const success: LineDef[] = [
  {
    id: 'mig.alloc',
    code: 'dst = compaction_alloc(src, (unsigned long)cc);',
    fn: 'compaction_alloc',
    file: COMPACTION_C,
    run: (x) => {
      Object.assign(x.s.pages[x.c.newpage], { state: 'inflating', refcount: 1 });
      x.say = `${cpuName(x.s, x.cpu)} allocates ${pageName(x, x.c.newpage)} as the migration target`;
    },
  },
  {
    id: 'mig.lock',
    code: 'folio_lock(src); folio_trylock(dst);',
    fn: 'migrate_folio_unmap',
    file: MIGRATE_C,
    when: coreUsesPageLock,
    waits: 'pages',
    run: (x) =>
      void (x.say = `${cpuName(x.s, x.cpu)} locks ${pageName(x, x.c.page)} and ${pageName(x, x.c.newpage)}`),
  },
  {
    id: 'mig.vm_bug_on',
    code: 'VM_BUG_ON_PAGE(!PageLocked(page), page);',
    fn: 'balloon_page_migrate',
    file: BALLOON_C,
    when: balloonUsesPageLock,
    run: (x) => {
      if (x.s.pages[x.c.page].lockedBy < 0)
        return bug(x, `${pageName(x, x.c.page)} is not locked`, x.c.page);
      x.say = `${cpuName(x.s, x.cpu)} checks that ${pageName(x, x.c.page)} is locked`;
    },
  },
  {
    id: 'mig.read',
    code: 'b_dev_info = balloon_page_device(page); if (WARN_ON_ONCE(!b_dev_info)) return -EAGAIN;',
    fn: 'balloon_page_migrate',
    file: BALLOON_C,
    run: (x) => {
      touch(x, x.c.page);
      fire(x, x.c.page, 'MIGRATE_START');
      x.c.b = readPagePrivate(x, x.c.page);
      if (x.c.b)
        return void (x.say = `${cpuName(x.s, x.cpu)} starts migrating ${pageName(x, x.c.page)} (private = b)`);
      warn(x, `isolated ${pageName(x, x.c.page)} has page->private = 0`, x.c.page);
      return migrateFails(x, `finds ${pageName(x, x.c.page)}->private = 0`);
    },
  },
  {
    id: 'mig.trylock_mutex',
    code: 'if (!mutex_trylock(&vb->balloon_lock)) return -EAGAIN;',
    fn: 'virtballoon_migratepage',
    file: VIRTIO_C,
    run: (x) => {
      if (x.s.mutexHolder >= 0)
        return migrateFails(
          x,
          `cannot take the driver mutex (held by ${cpuName(x.s, x.s.mutexHolder)})`,
        );
      x.s.mutexHolder = x.cpu;
      x.say = `${cpuName(x.s, x.cpu)} takes the driver mutex to tell the host`;
    },
  },
  {
    id: 'mig.mutex_unlock',
    code: 'mutex_unlock(&vb->balloon_lock);',
    fn: 'virtballoon_migratepage',
    file: VIRTIO_C,
    run: (x) => {
      x.s.mutexHolder = -1;
      x.say = `${cpuName(x.s, x.cpu)} has told the host (inflate ${pageName(x, x.c.newpage)}, deflate ${pageName(x, x.c.page)}) and drops the driver mutex`;
    },
  },
  {
    id: 'mig.spin_lock',
    code: 'spin_lock_irqsave(&balloon_pages_lock, flags);',
    fn: 'balloon_page_migrate',
    file: BALLOON_C,
    waits: 'spin',
    run: (x) => void (x.say = `${cpuName(x.s, x.cpu)} takes balloon_pages_lock`),
  },
  {
    id: 'mig.insert',
    code: 'get_page(newpage); balloon_page_insert(b_dev_info, newpage);',
    fn: 'balloon_page_migrate',
    file: BALLOON_C,
    run: (x) => {
      const q = x.c.newpage;
      getPage(x, q);
      Object.assign(x.s.pages[q], { offline: true, movableOps: true });
      setPrivate(x, q, 1);
      listAdd(x, q, 'balloon');
      fire(x, q, 'INSERT');
      x.say = `${cpuName(x.s, x.cpu)} inserts ${pageName(x, q)} into the balloon`;
    },
  },
  {
    id: 'mig.count',
    code: '__count_vm_event(BALLOON_MIGRATE);',
    fn: 'balloon_page_migrate',
    file: BALLOON_C,
    run: (x) => {
      x.s.counters.BALLOON_MIGRATE++;
      x.say = `${cpuName(x.s, x.cpu)} counts BALLOON_MIGRATE`;
    },
  },
  {
    id: 'mig.dec_isolated',
    code: 'b_dev_info->isolated_pages--;',
    fn: 'balloon_page_migrate',
    file: BALLOON_C,
    run: (x) => {
      x.s.isolatedPages--;
      fire(x, x.c.page, 'MIGRATE_DONE');
      x.say = `${cpuName(x.s, x.cpu)} uncounts ${pageName(x, x.c.page)} from isolated_pages (now ${x.s.isolatedPages})`;
    },
  },
  {
    id: 'mig.finalize_in',
    code: 'balloon_page_finalize(page);',
    fn: 'balloon_page_migrate',
    file: BALLOON_H,
    when: finalizeUnderLock,
    run: finalizeOld,
  },
  {
    id: 'mig.spin_unlock',
    code: 'spin_unlock_irqrestore(&balloon_pages_lock, flags);',
    fn: 'balloon_page_migrate',
    file: BALLOON_C,
    run: (x) => {
      x.s.spinHolder = -1;
      x.say = `${cpuName(x.s, x.cpu)} drops balloon_pages_lock`;
    },
  },
  {
    id: 'mig.finalize_out',
    code: 'balloon_page_finalize(page);',
    fn: 'balloon_page_migrate',
    file: BALLOON_H,
    when: finalizeAfterUnlock,
    run: finalizeOld,
  },
  {
    id: 'mig.put_old',
    code: 'put_page(page);',
    fn: 'balloon_page_migrate',
    file: BALLOON_C,
    run: (x) => {
      putPage(x, x.c.page);
      x.say = `${cpuName(x.s, x.cpu)} drops the balloon's reference to ${pageName(x, x.c.page)}`;
    },
  },
  {
    id: 'mig.clear_iso',
    code: 'ClearPageMovableOpsIsolated(src);',
    fn: 'migrate_movable_ops_page',
    file: MIGRATE_C,
    run: (x) => {
      touch(x, x.c.page);
      setIsolated(x, x.c.page, false);
      x.say = `${cpuName(x.s, x.cpu)} clears PG_movable_ops_isolated on ${pageName(x, x.c.page)}`;
    },
  },
  {
    id: 'mig.unlock',
    code: 'folio_unlock(dst); folio_unlock(src);',
    fn: 'migrate_folio_move',
    file: MIGRATE_C,
    when: coreUsesPageLock,
    run: (x) => {
      touch(x, x.c.page);
      x.s.pages[x.c.page].lockedBy = -1;
      x.s.pages[x.c.newpage].lockedBy = -1;
      x.say = `${cpuName(x.s, x.cpu)} unlocks ${pageName(x, x.c.newpage)} and ${pageName(x, x.c.page)}`;
    },
  },
  {
    id: 'mig.put_dst',
    code: 'folio_put(dst);',
    fn: 'migrate_folio_move',
    file: MIGRATE_C,
    run: (x) => {
      putPage(x, x.c.newpage);
      x.say = `${cpuName(x.s, x.cpu)} drops the core's reference to ${pageName(x, x.c.newpage)}`;
    },
  },
  {
    id: 'mig.list_del',
    code: 'list_del(&src->lru);',
    fn: 'migrate_folio_move',
    file: MIGRATE_C,
    run: (x) => {
      listDel(x, x.c.page);
      x.say = `${cpuName(x.s, x.cpu)} takes ${pageName(x, x.c.page)} off its migratepages list`;
    },
  },
  {
    id: 'mig.done',
    code: 'folio_put(src);',
    fn: 'migrate_folio_done',
    file: MIGRATE_C,
    run: (x) => {
      const freed = putPage(x, x.c.page);
      x.c.result = 'migrated';
      x.say = `${cpuName(x.s, x.cpu)} drops its last reference to ${pageName(x, x.c.page)}${freed ? ', which frees it' : ''}`;
      return END;
    },
  },
];

/** -EAGAIN: unlock both pages, free the unused target, then the putback path. */
const failure: LineDef[] = [
  {
    id: 'mig.fail_unlock',
    code: 'folio_unlock(dst); folio_unlock(src);',
    fn: 'migrate_pages_batch',
    file: MIGRATE_C,
    when: coreUsesPageLock,
    run: (x) => {
      x.s.pages[x.c.page].lockedBy = -1;
      x.s.pages[x.c.newpage].lockedBy = -1;
      x.say = `${cpuName(x.s, x.cpu)} unlocks ${pageName(x, x.c.newpage)} and ${pageName(x, x.c.page)}`;
    },
  },
  {
    id: 'mig.fail_put_dst',
    code: 'folio_put(dst);',
    fn: 'migrate_pages_batch',
    file: MIGRATE_C,
    run: (x) => {
      putPage(x, x.c.newpage);
      x.say = `${cpuName(x.s, x.cpu)} frees the unused target ${pageName(x, x.c.newpage)} and will put ${pageName(x, x.c.page)} back`;
      return 'pb.list_del';
    },
  },
];

export const migrateLines: LineDef[] = [...success, ...failure];
