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
