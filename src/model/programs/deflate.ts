/**
 * Driver deflate(n): virtio leak_balloon() clamps n to vb->num_pages and calls
 * balloon_page_dequeue() once per page. Each call is one spinlock section of
 * balloon_page_list_dequeue(b, &pages, 1) taking at most one page; a call that takes nothing
 * BUG()s if the list is empty and nothing is isolated, else ends the deflate short. Then
 * release_pages_balloon() gives back what is on the driver's local list. The driver mutex is
 * held throughout.
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

/** Where leak_balloon() goes once the dequeue loop is over: release_pages_balloon(). */
const RELEASE = 'deflate.release_next';

/** After a page came back: leak_balloon()'s loop asks for the next one while it wants more. */
const wantsMore = (x: StepCtx): boolean => popcount(x.c.took) < x.c.count;

/**
 * One step of list_for_each_entry_safe() over b->pages in this call, with `if (n_pages ==
 * n_req_pages) break;`. The cursor is x.c.page: -1 at the start of the call, a page the walk
 * skipped (still on the list), or the page this call took (no longer on it: the call is done).
 * The walk runs under balloon_pages_lock, so the list cannot change under the cursor.
 */
function walk(x: StepCtx): 'next' | 'taken' | 'end' {
  const list = x.s.balloonList;
  if (x.c.page >= 0 && !list.includes(x.c.page)) return 'taken';
  const p = list[x.c.page < 0 ? 0 : list.indexOf(x.c.page) + 1] ?? -1;
  x.c.page = p;
  return p < 0 ? 'end' : 'next';
}

const lines: LineDef[] = [
  {
    // vb->num_pages is read and written only under the driver mutex, so reading it in the step
    // that takes the mutex changes no interleaving: the clamp shares that step.
    id: 'deflate.mutex',
    code: 'mutex_lock(&vb->balloon_lock); num = min(num, vb->num_pages);',
    fn: 'leak_balloon',
    file: VIRTIO_C,
    waits: 'mutex',
    run: (x) => {
      const held = x.s.numPages;
      const asked = x.c.count;
      x.say = `${cpuName(x.s, x.cpu)} takes the driver mutex`;
      if (asked <= held) return;
      x.c.count = Math.max(held, 0);
      x.say += `; it asks for ${asked} pages but the driver holds ${held}, so it takes at most ${x.c.count}`;
      if (x.c.count === 0) return RELEASE;
    },
  },
  {
    id: 'deflate.spin_lock',
    code: 'spin_lock_irqsave(&balloon_pages_lock, flags);',
    fn: 'balloon_page_list_dequeue',
    file: BALLOON_C,
    waits: 'spin',
    run: (x) => {
      x.c.page = -1; // a new balloon_page_dequeue() call walks the list from its head
      x.say = `${cpuName(x.s, x.cpu)} takes balloon_pages_lock`;
    },
  },
  {
    id: 'deflate.next',
    code: 'list_for_each_entry_safe(page, tmp, &b_dev_info->pages, lru) {',
    fn: 'balloon_page_list_dequeue',
    file: BALLOON_C,
    run: (x) => {
      const where = walk(x);
      if (where === 'next')
        return void (x.say = `${cpuName(x.s, x.cpu)} looks at ${pageName(x, x.c.page)}`);
      x.say =
        where === 'taken'
          ? `${cpuName(x.s, x.cpu)} has its page and leaves the dequeue loop`
          : `${cpuName(x.s, x.cpu)} reaches the end of the balloon list without taking a page`;
      return 'deflate.spin_unlock';
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
        x.c.skipped |= bit(x.c.page); // remembered for the outcome; the walk goes on past it
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
      return x.c.page >= 0 ? 'deflate.num_pages' : 'deflate.check';
    },
  },
  {
    id: 'deflate.num_pages',
    code: 'vb->num_pages -= VIRTIO_BALLOON_PAGES_PER_PAGE;',
    fn: 'leak_balloon',
    file: VIRTIO_C,
    run: (x) => {
      x.s.numPages--;
      x.say = `${cpuName(x.s, x.cpu)} got ${pageName(x, x.c.page)} back and counts it off vb->num_pages (now ${x.s.numPages})`;
      if (!wantsMore(x)) return RELEASE;
      x.say += '; it asks for the next page';
      return 'deflate.spin_lock';
    },
  },
  {
    // The call took nothing (n_pages != 1). balloon_page_dequeue() takes the spinlock for just
    // this test; one atomic step here. NULL ends leak_balloon()'s loop: `if (!page) break;`.
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
      x.say = `${cpuName(x.s, x.cpu)} gets no page this time and comes back short: pages are still on the list or isolated, it will retry later`;
      return RELEASE;
    },
  },
  {
    // The loop head reads the driver's local list as it is linked now (`list` is the real
    // linkage that list_add and list_del keep), not the pages this deflate dequeued: a page
    // another CPU unlinked from the list is not on it, and the driver never releases it.
    id: 'deflate.release_next',
    code: 'list_for_each_entry_safe(page, next, pages, lru) {',
    fn: 'release_pages_balloon',
    file: VIRTIO_C,
    run: (x) => {
      const head = x.c.list[0];
      if (head === undefined) {
        x.say = `${cpuName(x.s, x.cpu)} finds its local list empty: nothing (more) to release`;
        return 'deflate.mutex_unlock';
      }
      x.c.page = head;
      x.say = `${cpuName(x.s, x.cpu)} takes ${pageName(x, head)} from the head of its local list`;
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
      return RELEASE;
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
