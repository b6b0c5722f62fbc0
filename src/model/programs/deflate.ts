/**
 * Driver deflate(n): virtio leak_balloon() → balloon_page_list_dequeue() (one spinlock
 * section taking up to n pages), the BUG() check of balloon_page_dequeue(), then
 * release_pages_balloon() giving each page back. The driver mutex is held throughout.
 */
import { defineProgram, END, type LineDef, type StepCtx } from '../program';
import {
  bug,
  cpuName,
  fire,
  listAdd,
  listDel,
  pageName,
  putPage,
  setPrivate,
  touch,
  unlockPage,
} from '../ops';
import { balloonUsesPageLock } from '../variants';
import { BALLOON_C, BALLOON_H, VIRTIO_C, bit, popcount } from './files';

/** release_pages_balloon()'s loop head: the next page on the driver's local list, if any. */
function nextRelease(x: StepCtx): string {
  if (x.c.list.length === 0) return 'deflate.mutex_unlock';
  x.c.page = x.c.list[0];
  return 'deflate.release';
}

/** list_for_each_entry_safe() over b->pages, skipping pages this loop already skipped. */
function nextCandidate(x: StepCtx): number {
  return x.s.balloonList.find((p) => !(x.c.skipped & bit(p))) ?? -1;
}

const lines: LineDef[] = [
  {
    id: 'deflate.mutex',
    code: 'mutex_lock(&vb->balloon_lock);',
    fn: 'leak_balloon',
    file: VIRTIO_C,
    waits: 'mutex',
    run: (x) => void (x.say = `${cpuName(x.s, x.cpu)} takes the driver mutex`),
  },
  {
    id: 'deflate.spin_lock',
    code: 'spin_lock_irqsave(&balloon_pages_lock, flags);',
    fn: 'balloon_page_list_dequeue',
    file: BALLOON_C,
    waits: 'spin',
    run: (x) => void (x.say = `${cpuName(x.s, x.cpu)} takes balloon_pages_lock`),
  },
  {
    id: 'deflate.next',
    code: 'list_for_each_entry_safe(page, tmp, &b_dev_info->pages, lru) {',
    fn: 'balloon_page_list_dequeue',
    file: BALLOON_C,
    run: (x) => {
      const p = popcount(x.c.took) < x.c.count ? nextCandidate(x) : -1;
      x.say =
        p < 0
          ? `${cpuName(x.s, x.cpu)} leaves the dequeue loop`
          : `${cpuName(x.s, x.cpu)} looks at ${pageName(x, p)}`;
      if (p < 0) return 'deflate.spin_unlock';
      x.c.page = p;
    },
  },
  {
    id: 'deflate.trylock',
    code: 'if (!trylock_page(page)) continue;',
    fn: 'balloon_page_list_dequeue',
    file: BALLOON_C,
    when: balloonUsesPageLock,
    run: (x) => {
      const page = x.s.pages[x.c.page];
      if (page.lockedBy >= 0) {
        x.c.skipped |= bit(x.c.page);
        x.say = `${cpuName(x.s, x.cpu)} skips ${page.name}: its page lock is held by ${cpuName(x.s, page.lockedBy)}`;
        return 'deflate.next';
      }
      touch(x, x.c.page);
      page.lockedBy = x.cpu;
      x.say = `${cpuName(x.s, x.cpu)} locks ${page.name}`;
    },
  },
  {
    id: 'deflate.list_del',
    code: 'list_del(&page->lru);',
    fn: 'balloon_page_list_dequeue',
    file: BALLOON_C,
    run: (x) => {
      listDel(x, x.c.page);
      x.say = `${cpuName(x.s, x.cpu)} unlinks ${pageName(x, x.c.page)} from the balloon list`;
    },
  },
  {
    id: 'deflate.finalize',
    code: 'balloon_page_finalize(page);',
    fn: 'balloon_page_finalize',
    file: BALLOON_H,
    run: (x) => {
      setPrivate(x, x.c.page, 0);
      x.say = `${cpuName(x.s, x.cpu)} clears ${pageName(x, x.c.page)}->private`;
    },
  },
  {
    id: 'deflate.list_add',
    code: 'list_add(&page->lru, pages);',
    fn: 'balloon_page_list_dequeue',
    file: BALLOON_C,
    run: (x) => {
      listAdd(x, x.c.page, 'own');
      fire(x, x.c.page, 'DEQUEUE');
      x.c.took |= bit(x.c.page);
      x.say = `${cpuName(x.s, x.cpu)} links ${pageName(x, x.c.page)} onto its local pages list`;
    },
  },
  {
    id: 'deflate.unlock_page',
    code: 'unlock_page(page);',
    fn: 'balloon_page_list_dequeue',
    file: BALLOON_C,
    when: balloonUsesPageLock,
    run: (x) => unlockPage(x, x.c.page),
  },
  {
    id: 'deflate.count',
    code: '__count_vm_event(BALLOON_DEFLATE); dec_node_page_state(page, NR_BALLOON_PAGES);',
    fn: 'balloon_page_list_dequeue',
    file: BALLOON_C,
    run: (x) => {
      x.s.counters.BALLOON_DEFLATE++;
      x.s.counters.NR_BALLOON_PAGES--;
      x.say = `${cpuName(x.s, x.cpu)} counts BALLOON_DEFLATE and NR_BALLOON_PAGES`;
      return 'deflate.next';
    },
  },
  {
    id: 'deflate.spin_unlock',
    code: 'spin_unlock_irqrestore(&balloon_pages_lock, flags);',
    fn: 'balloon_page_list_dequeue',
    file: BALLOON_C,
    run: (x) => {
      x.s.spinHolder = -1;
      x.say = `${cpuName(x.s, x.cpu)} drops balloon_pages_lock`;
      return popcount(x.c.took) < x.c.count ? 'deflate.check' : nextRelease(x);
    },
  },
  {
    // balloon_page_dequeue() takes the spinlock for just this test; one atomic step here.
    id: 'deflate.check',
    code: 'if (list_empty(&b_dev_info->pages) && !b_dev_info->isolated_pages) BUG();',
    fn: 'balloon_page_dequeue',
    file: BALLOON_C,
    waits: 'spin',
    run: (x) => {
      x.s.spinHolder = -1;
      if (x.s.balloonList.length === 0 && x.s.isolatedPages === 0) {
        return bug(
          x,
          'the balloon list is empty and no page is isolated, so balloon pages were lost',
        );
      }
      x.say = `${cpuName(x.s, x.cpu)} came back short: pages are still on the list or isolated, it will retry later`;
      return nextRelease(x);
    },
  },
  {
    id: 'deflate.release',
    code: 'list_del(&page->lru);',
    fn: 'release_pages_balloon',
    file: VIRTIO_C,
    run: (x) => {
      listDel(x, x.c.page);
      x.say = `${cpuName(x.s, x.cpu)} unlinks ${pageName(x, x.c.page)} from its local list (the host has it now)`;
    },
  },
  {
    id: 'deflate.put',
    code: 'put_page(page);',
    fn: 'release_pages_balloon',
    file: VIRTIO_C,
    run: (x) => {
      const freed = putPage(x, x.c.page);
      x.say = `${cpuName(x.s, x.cpu)} drops its reference to ${pageName(x, x.c.page)}${freed ? ', which frees it' : ''}`;
      return nextRelease(x);
    },
  },
  {
    id: 'deflate.mutex_unlock',
    code: 'mutex_unlock(&vb->balloon_lock);',
    fn: 'leak_balloon',
    file: VIRTIO_C,
    run: (x) => {
      x.s.mutexHolder = -1;
      x.c.result = 'deflated';
      x.say = `${cpuName(x.s, x.cpu)} drops the driver mutex; deflation is done`;
      return END;
    },
  },
];

defineProgram('deflate', lines);
