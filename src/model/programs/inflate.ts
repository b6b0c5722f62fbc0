/**
 * Driver inflate(P): virtio fill_balloon() → balloon_page_enqueue() →
 * balloon_page_enqueue_one() → balloon_page_insert(), with the driver mutex held throughout.
 */
import { defineProgram, type LineDef } from '../program';
import { bug, cpuName, fire, listAdd, pageName, setPrivate, touch, unlockPage } from '../ops';
import { balloonUsesPageLock } from '../variants';
import { BALLOON_C, BALLOON_H, VIRTIO_C } from './files';

const lines: LineDef[] = [
  {
    id: 'inflate.alloc',
    code: 'page = balloon_page_alloc();',
    fn: 'balloon_page_alloc',
    file: BALLOON_C,
    run: (x) => {
      Object.assign(x.s.pages[x.c.page], { state: 'inflating', refcount: 1 });
      x.say = `${cpuName(x.s, x.cpu)} allocates ${pageName(x, x.c.page)} to give to the host`;
    },
  },
  {
    id: 'inflate.mutex',
    code: 'mutex_lock(&vb->balloon_lock);',
    fn: 'fill_balloon',
    file: VIRTIO_C,
    waits: 'mutex',
    run: (x) => void (x.say = `${cpuName(x.s, x.cpu)} takes the driver mutex`),
  },
  {
    id: 'inflate.spin_lock',
    code: 'spin_lock_irqsave(&balloon_pages_lock, flags);',
    fn: 'balloon_page_enqueue',
    file: BALLOON_C,
    waits: 'spin',
    run: (x) => void (x.say = `${cpuName(x.s, x.cpu)} takes balloon_pages_lock`),
  },
  {
    id: 'inflate.trylock',
    code: 'BUG_ON(!trylock_page(page));',
    fn: 'balloon_page_enqueue_one',
    file: BALLOON_C,
    when: balloonUsesPageLock,
    run: (x) => {
      const page = x.s.pages[x.c.page];
      if (page.lockedBy >= 0) return bug(x, `${page.name} is already locked`, x.c.page);
      touch(x, x.c.page);
      page.lockedBy = x.cpu;
      x.say = `${cpuName(x.s, x.cpu)} locks ${page.name} (nobody else may hold it yet)`;
    },
  },
  {
    id: 'inflate.offline',
    code: '__SetPageOffline(page);',
    fn: 'balloon_page_insert',
    file: BALLOON_H,
    run: (x) => {
      touch(x, x.c.page);
      x.s.pages[x.c.page].offline = true;
      x.say = `${cpuName(x.s, x.cpu)} marks ${pageName(x, x.c.page)} PageOffline`;
    },
  },
  {
    id: 'inflate.movable',
    code: 'SetPageMovableOps(page);',
    fn: 'balloon_page_insert',
    file: BALLOON_H,
    run: (x) => {
      touch(x, x.c.page);
      x.s.pages[x.c.page].movableOps = true;
      x.say = `${cpuName(x.s, x.cpu)} sets PG_movable_ops on ${pageName(x, x.c.page)}: compaction may now try to isolate it`;
    },
  },
  {
    id: 'inflate.private',
    code: 'set_page_private(page, (unsigned long)balloon);',
    fn: 'balloon_page_insert',
    file: BALLOON_H,
    run: (x) => {
      setPrivate(x, x.c.page, 1);
      x.say = `${cpuName(x.s, x.cpu)} sets ${pageName(x, x.c.page)}->private = b`;
    },
  },
  {
    id: 'inflate.list_add',
    code: 'list_add(&page->lru, &balloon->pages);',
    fn: 'balloon_page_insert',
    file: BALLOON_H,
    run: (x) => {
      listAdd(x, x.c.page, 'balloon');
      fire(x, x.c.page, 'INSERT');
      x.say = `${cpuName(x.s, x.cpu)} links ${pageName(x, x.c.page)} onto the balloon list`;
    },
  },
  {
    id: 'inflate.unlock_page',
    code: 'unlock_page(page);',
    fn: 'balloon_page_enqueue_one',
    file: BALLOON_C,
    when: balloonUsesPageLock,
    run: (x) => unlockPage(x, x.c.page),
  },
  {
    id: 'inflate.count',
    code: '__count_vm_event(BALLOON_INFLATE); inc_node_page_state(page, NR_BALLOON_PAGES);',
    fn: 'balloon_page_enqueue_one',
    file: BALLOON_C,
    run: (x) => {
      x.s.counters.BALLOON_INFLATE++;
      x.s.counters.NR_BALLOON_PAGES++;
      x.say = `${cpuName(x.s, x.cpu)} counts BALLOON_INFLATE and NR_BALLOON_PAGES`;
    },
  },
  {
    id: 'inflate.spin_unlock',
    code: 'spin_unlock_irqrestore(&balloon_pages_lock, flags);',
    fn: 'balloon_page_enqueue',
    file: BALLOON_C,
    run: (x) => {
      x.s.spinHolder = -1;
      x.say = `${cpuName(x.s, x.cpu)} drops balloon_pages_lock`;
    },
  },
  {
    id: 'inflate.num_pages',
    code: 'vb->num_pages += VIRTIO_BALLOON_PAGES_PER_PAGE;',
    fn: 'fill_balloon',
    file: VIRTIO_C,
    run: (x) => {
      x.s.numPages++;
      x.say = `${cpuName(x.s, x.cpu)} counts ${pageName(x, x.c.page)} in vb->num_pages (now ${x.s.numPages})`;
    },
  },
  {
    id: 'inflate.mutex_unlock',
    code: 'mutex_unlock(&vb->balloon_lock);',
    fn: 'fill_balloon',
    file: VIRTIO_C,
    run: (x) => {
      x.s.mutexHolder = -1;
      x.c.result = 'inflated';
      x.say = `${cpuName(x.s, x.cpu)} drops the driver mutex; inflation is done`;
    },
  },
];

defineProgram('inflate', lines);
