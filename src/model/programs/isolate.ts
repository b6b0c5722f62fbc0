/**
 * Compaction isolate(P): the scanner's lockless pre-check in isolate_migratepages_block(),
 * the core's isolate_movable_ops_page() and the balloon callback balloon_page_isolate().
 * On success the page goes to cc->migratepages and the CPU continues with putback or migrate.
 */
import { defineProgram, END, type LineDef } from '../program';
import {
  cpuName,
  fire,
  listAdd,
  listDel,
  pageName,
  putPage,
  readPagePrivate,
  setIsolated,
  testAndSetIsolated,
  testIsolated,
  touch,
  unlockPage,
} from '../ops';
import { coreTestAndSet, coreUsesPageLock, isolateReadsUnderLock } from '../variants';
import { BALLOON_C, COMPACTION_C, MIGRATE_C } from './files';
import { migrateLines } from './migrate';
import { putbackLines } from './putback';

const notTestAndSet = (v: Parameters<typeof coreTestAndSet>[0]) => !coreTestAndSet(v);
const readsEarly = (v: Parameters<typeof isolateReadsUnderLock>[0]) => !isolateReadsUnderLock(v);

/** balloon_page_device(page) and the `if (!b_dev_info)` test, as one read of page->private. */
function readPrivate(x: Parameters<LineDef['run']>[0], onRefuse: string): string | void {
  touch(x, x.c.page);
  x.c.b = readPagePrivate(x, x.c.page);
  if (x.c.b) {
    x.say = `${cpuName(x.s, x.cpu)} reads ${pageName(x, x.c.page)}->private = b: still in the balloon`;
    return;
  }
  // The kernel cannot tell these apart; the outcome names them for the learner.
  const early = x.s.pages[x.c.page].state === 'inflating';
  x.c.result = early ? 'not-yet-inflated' : 'deflated';
  const why = early ? 'the page is still being inflated' : 'the page already got deflated';
  x.say = `${cpuName(x.s, x.cpu)} reads ${pageName(x, x.c.page)}->private = 0: ${why}, isolation is refused`;
  return onRefuse;
}

const core: LineDef[] = [
  {
    id: 'iso.precheck',
    code: 'if (!PageMovableOps(page) || PageMovableOpsIsolated(page)) goto fail;',
    fn: 'isolate_migratepages_block',
    file: COMPACTION_C,
    run: (x) => {
      const page = x.s.pages[x.c.page];
      x.c.result = !page.movableOps ? 'not-movable' : testIsolated(x, x.c.page) ? 'busy' : '';
      x.say = `${cpuName(x.s, x.cpu)} peeks at ${page.name} without locks: ${x.c.result ? 'not a candidate, it moves on' : 'a movable_ops page, not isolated'}`;
      if (x.c.result) return END;
    },
  },
  {
    id: 'iso.try_get',
    code: 'if (!folio_try_get(folio)) goto out;',
    fn: 'isolate_movable_ops_page',
    file: MIGRATE_C,
    run: (x) => {
      const page = x.s.pages[x.c.page];
      if (page.refcount === 0) {
        x.c.result = 'gone';
        x.say = `${cpuName(x.s, x.cpu)} cannot get a reference: ${page.name} is being freed`;
        return END;
      }
      page.refcount++;
      x.say = `${cpuName(x.s, x.cpu)} takes a reference to ${page.name}`;
    },
  },
  {
    id: 'iso.trylock',
    code: 'if (!folio_trylock(folio)) goto out_putfolio;',
    fn: 'isolate_movable_ops_page',
    file: MIGRATE_C,
    when: coreUsesPageLock,
    run: (x) => {
      const page = x.s.pages[x.c.page];
      if (page.lockedBy >= 0) {
        x.c.result = 'locked';
        x.say = `${cpuName(x.s, x.cpu)} fails to lock ${page.name} (held by ${cpuName(x.s, page.lockedBy)}) and gives up`;
        return 'iso.fail_put';
      }
      page.lockedBy = x.cpu;
      x.say = `${cpuName(x.s, x.cpu)} locks ${page.name}`;
    },
  },
  {
    id: 'iso.test_and_set',
    code: 'if (TestSetPageMovableOpsIsolated(page)) goto out_putfolio;',
    fn: 'isolate_movable_ops_page',
    file: MIGRATE_C,
    when: coreTestAndSet,
    run: (x) => {
      const page = x.s.pages[x.c.page];
      touch(x, x.c.page);
      if (testAndSetIsolated(x, x.c.page)) {
        x.c.result = 'busy';
        x.say = `${cpuName(x.s, x.cpu)} finds ${page.name} already isolated and gives up`;
        return 'iso.fail_put';
      }
      x.say = `${cpuName(x.s, x.cpu)} atomically sets PG_movable_ops_isolated on ${page.name}`;
    },
  },
  {
    id: 'iso.test',
    code: 'if (PageMovableOpsIsolated(page)) goto out_no_isolated;',
    fn: 'isolate_movable_ops_page',
    file: MIGRATE_C,
    when: notTestAndSet,
    run: (x) => {
      const page = x.s.pages[x.c.page];
      x.say = `${cpuName(x.s, x.cpu)} tests PG_movable_ops_isolated on ${page.name}: ${page.isolated ? 'set, it gives up' : 'clear'}`;
      if (!testIsolated(x, x.c.page)) return;
      x.c.result = 'busy';
      return 'iso.fail_unlock';
    },
  },
  {
    id: 'iso.read_early',
    code: 'b_dev_info = balloon_page_device(page); if (!b_dev_info) return false;',
    fn: 'balloon_page_isolate',
    file: BALLOON_C,
    when: readsEarly,
    run: (x) => readPrivate(x, 'iso.fail_unlock'),
  },
  {
    id: 'iso.spin_lock',
    code: 'spin_lock_irqsave(&balloon_pages_lock, flags);',
    fn: 'balloon_page_isolate',
    file: BALLOON_C,
    waits: 'spin',
    run: (x) => void (x.say = `${cpuName(x.s, x.cpu)} takes balloon_pages_lock`),
  },
  {
    id: 'iso.read_locked',
    code: 'b_dev_info = balloon_page_device(page);',
    fn: 'balloon_page_isolate',
    file: BALLOON_C,
    when: isolateReadsUnderLock,
    run: (x) => readPrivate(x, 'iso.unlock_refuse') ?? 'iso.list_del',
  },
  {
    id: 'iso.unlock_refuse',
    code: 'spin_unlock_irqrestore(&balloon_pages_lock, flags); return false;',
    fn: 'balloon_page_isolate',
    file: BALLOON_C,
    when: isolateReadsUnderLock,
    run: (x) => {
      x.s.spinHolder = -1;
      x.say = `${cpuName(x.s, x.cpu)} drops balloon_pages_lock; the callback returns false`;
      return 'iso.fail_unlock';
    },
  },
  {
    id: 'iso.list_del',
    code: 'list_del(&page->lru);',
    fn: 'balloon_page_isolate',
    file: BALLOON_C,
    run: (x) => {
      listDel(x, x.c.page);
      fire(x, x.c.page, 'ISOLATE');
      x.say = `${cpuName(x.s, x.cpu)} unlinks ${pageName(x, x.c.page)}, believing it is on the balloon list`;
    },
  },
  {
    id: 'iso.count',
    code: 'b_dev_info->isolated_pages++;',
    fn: 'balloon_page_isolate',
    file: BALLOON_C,
    run: (x) => {
      x.s.isolatedPages++;
      x.say = `${cpuName(x.s, x.cpu)} counts ${pageName(x, x.c.page)} in isolated_pages (now ${x.s.isolatedPages})`;
    },
  },
  {
    id: 'iso.spin_unlock',
    code: 'spin_unlock_irqrestore(&balloon_pages_lock, flags);',
    fn: 'balloon_page_isolate',
    file: BALLOON_C,
    run: (x) => {
      x.s.spinHolder = -1;
      x.say = `${cpuName(x.s, x.cpu)} drops balloon_pages_lock; the callback returns true`;
    },
  },
  {
    id: 'iso.set',
    code: 'SetPageMovableOpsIsolated(page);',
    fn: 'isolate_movable_ops_page',
    file: MIGRATE_C,
    when: notTestAndSet,
    run: (x) => {
      touch(x, x.c.page);
      setIsolated(x, x.c.page, true);
      x.say = `${cpuName(x.s, x.cpu)} sets PG_movable_ops_isolated on ${pageName(x, x.c.page)}`;
    },
  },
  {
    id: 'iso.unlock',
    code: 'folio_unlock(folio);',
    fn: 'isolate_movable_ops_page',
    file: MIGRATE_C,
    when: coreUsesPageLock,
    run: (x) => unlockPage(x, x.c.page),
  },
  {
    id: 'iso.list_add',
    code: 'list_add(&folio->lru, &cc->migratepages);',
    fn: 'isolate_migratepages_block',
    file: COMPACTION_C,
    run: (x) => {
      listAdd(x, x.c.page, 'own');
      x.say = `${cpuName(x.s, x.cpu)} puts ${pageName(x, x.c.page)} on its migratepages list`;
      return x.c.then === 'migrate' ? 'mig.alloc' : 'pb.list_del';
    },
  },
];

/** The core's failure exits, out_no_isolated then out_putfolio. */
const failure: LineDef[] = [
  {
    id: 'iso.fail_unlock',
    code: 'folio_unlock(folio);',
    fn: 'isolate_movable_ops_page',
    file: MIGRATE_C,
    when: coreUsesPageLock,
    run: (x) => unlockPage(x, x.c.page),
  },
  {
    id: 'iso.fail_clear',
    code: 'ClearPageMovableOpsIsolated(page);',
    fn: 'isolate_movable_ops_page',
    file: MIGRATE_C,
    when: coreTestAndSet,
    run: (x) => {
      touch(x, x.c.page);
      setIsolated(x, x.c.page, false);
      x.say = `${cpuName(x.s, x.cpu)} clears PG_movable_ops_isolated on ${pageName(x, x.c.page)} again`;
    },
  },
  {
    id: 'iso.fail_put',
    code: 'folio_put(folio);',
    fn: 'isolate_movable_ops_page',
    file: MIGRATE_C,
    run: (x) => {
      const freed = putPage(x, x.c.page);
      x.say = `${cpuName(x.s, x.cpu)} drops its reference to ${pageName(x, x.c.page)}${freed ? ', which frees it' : ''}; isolation failed`;
      return END;
    },
  },
];

defineProgram('isolate', [...core, ...putbackLines, ...migrateLines, ...failure]);
