import { describe, expect, it } from 'vitest';
import {
  describeState,
  listPictures,
  picturesText,
  replay,
  scheduleFromNames,
} from '../../../src/model';
import { layoutPicture } from '../../../src/islands/lab/stage/layout';
import { pictureOf, pictureText } from '../../../src/islands/lab/stage/picture';
import { InlineCode } from '../../../src/islands/lab/stage/InlineCode';
import { RACE, scenario } from './fixtures';

const race = scenario('isolate-vs-deflate');
const snapshots = (names: string[]) =>
  replay(race, { balloon: 'no-page-lock', core: 'core-page-lock' }, scheduleFromNames(race, names))
    .snapshots;
const pictureAt = (names: string[]) => {
  const s = snapshots(names).at(-1)!;
  return pictureOf(describeState(s), listPictures(s));
};
const textAt = (names: string[]) => {
  const s = snapshots(names).at(-1)!;
  return pictureText(pictureOf(describeState(s), listPictures(s)), picturesText(s));
};
const listOf = (p: ReturnType<typeof pictureAt>, page: string) =>
  p.lists.find((l) => l.pages.includes(page))?.id;

describe('the drawn state', () => {
  it('puts P on the balloon list at the start, pointing at b, nothing torn', () => {
    const p = pictureAt([]);
    expect(p.lists.map((l) => l.name)).toEqual(['b->pages', 'cc->migratepages', 'pages']);
    expect(listOf(p, 'P')).toBe('balloon');
    expect(p.cards).toMatchObject([{ page: 'P', private: 'b', poisoned: false }]);
    expect(p.lists.every((l) => l.tornOut.length === 0)).toBe(true);
    expect(textAt([])).toMatch(/b->pages, protected by balloon_pages_lock: P\./);
  });

  it('moves P to B’s local list when the driver deflates it, with page->private cleared', () => {
    const p = pictureAt(RACE.slice(0, 11));
    expect(listOf(p, 'P')).toBe('cpu:B');
    expect(p.cards[0].private).toBe(0);
    // The card moved, so its laid-out position moved with it: that is what the transition animates.
    const before = layoutPicture(pictureAt(RACE.slice(0, 5))).cards.get('P');
    expect(layoutPicture(p).cards.get('P')?.x).not.toBe(before?.x);
  });

  it('draws P torn out of B’s list on the step that corrupts it, and says so in the text', () => {
    const before = pictureAt(RACE.slice(0, -1));
    expect(before.lists.find((l) => l.id === 'cpu:B')?.tornOut).toEqual([]);
    const p = pictureAt(RACE);
    const b = p.lists.find((l) => l.id === 'cpu:B');
    expect(b?.pages).toEqual([]);
    expect(b?.tornOut).toEqual([{ page: 'P', by: { cpu: 'A', step: RACE.length } }]);
    // The real page is drawn on no list, its page->lru poisoned; the torn-out card is a second one.
    expect(listOf(p, 'P')).toBe('none');
    expect(p.cards[0].poisoned).toBe(true);
    expect(layoutPicture(p).ghosts).toHaveLength(1);
    expect(textAt(RACE)).toMatch(/CPU B still counts P on it — P was torn out by CPU A/);
    expect(textAt(RACE)).toMatch(/balloon_pages_lock held by CPU A/);
  });

  it('shows the spinning CPU as waiting on balloon_pages_lock', () => {
    const p = pictureAt(RACE.slice(0, 7));
    expect(p.lock).toEqual({ holder: 'B', waiters: ['A'] });
    expect(textAt(RACE.slice(0, 7))).toMatch(/balloon_pages_lock held by CPU B; CPU A spinning/);
  });
});

describe('the drawing on a phone (two lists per row)', () => {
  const inside = (b: { x: number; y: number; w: number; h: number }, o: typeof b) =>
    b.x >= o.x && b.y >= o.y && b.x + b.w <= o.x + o.w && b.y + b.h <= o.y + o.h;
  const apart = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
    a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;

  it.for([0, 5, 11, RACE.length])(
    'after %i steps: every list and card fits, none overlaps, the same cards as wide',
    (n) => {
      const p = pictureAt(RACE.slice(0, n));
      const wide = layoutPicture(p);
      const narrow = layoutPicture(p, 2);
      // Two 150-unit columns and their gaps: a phone's 324-px column shows it at full size.
      expect(narrow.width).toBeLessThanOrEqual(324);
      expect(narrow.width).toBeLessThan(wide.width);
      expect(new Set(narrow.columns.map((c) => c.x)).size).toBe(2);
      const frame = { x: 0, y: 0, w: narrow.width, h: narrow.height };
      narrow.columns.forEach((c, i) => {
        expect(inside(c, frame)).toBe(true);
        narrow.columns.slice(i + 1).forEach((d) => expect(apart(c, d)).toBe(true));
      });
      // The lock tokens sit under the device, not over it; the counters end inside the frame.
      expect(narrow.locks.anchor).toBe('start');
      expect(narrow.locks.y - 14).toBeGreaterThanOrEqual(narrow.device.y + narrow.device.h);
      expect(narrow.locks.y + 20).toBeLessThan(narrow.columns[0].y);
      expect(narrow.counters).toHaveLength(2);
      expect(narrow.counters[1]).toBeLessThan(narrow.height);
      expect([...narrow.cards.keys()]).toEqual([...wide.cards.keys()]);
      p.lists.forEach((_, i) =>
        [...narrow.cards.values(), ...narrow.ghosts.map((g) => g.box)]
          .filter((b) => b.x >= narrow.columns[i].x && b.y >= narrow.columns[i].y)
          .filter((b) => b.x < narrow.columns[i].x + narrow.columns[i].w)
          .filter((b) => b.y < narrow.columns[i].y + narrow.columns[i].h)
          .forEach((b) => expect(inside(b, narrow.columns[i])).toBe(true)),
      );
    },
  );

  it('keeps one row and the lock tokens at the top right when every list fits', () => {
    const l = layoutPicture(pictureAt([]), 3);
    expect(new Set(l.columns.map((c) => c.y)).size).toBe(1);
    expect(l.locks).toMatchObject({ anchor: 'end', x: l.width - 8 });
    expect(l.counters).toHaveLength(1);
  });
});

describe('InlineCode', () => {
  const parts = (text: string) => {
    const node = InlineCode({ text }) as { props: { children: unknown } };
    const children = node.props.children;
    return (Array.isArray(children) ? children : [children]).map((c) =>
      typeof c === 'string'
        ? c
        : `<code>${(c as { props: { children: string } }).props.children}</code>`,
    );
  };
  it('turns backticked spans into code and leaves the rest as text', () => {
    expect(parts('at `list_del(&page->lru);` in isolate')).toEqual([
      'at ',
      '<code>list_del(&page->lru);</code>',
      ' in isolate',
    ]);
  });
  it('leaves an unmatched backtick alone', () => {
    expect(parts('a ` b')).toEqual(['a ` b']);
  });
});
