import { describe, expect, it } from 'vitest';
import { describeState, replay, scheduleFromNames } from '../../../src/model';
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
  return pictureOf(describeState(s), s.violations);
};
const listOf = (p: ReturnType<typeof pictureAt>, page: string) =>
  p.lists.find((l) => l.pages.includes(page))?.id;

describe('the drawn state', () => {
  it('puts P on the balloon list at the start, pointing at b, nothing torn', () => {
    const p = pictureAt([]);
    expect(p.lists.map((l) => l.name)).toEqual(['b->pages', 'cc->migratepages', 'pages']);
    expect(listOf(p, 'P')).toBe('balloon');
    expect(p.cards).toMatchObject([{ page: 'P', private: 'b', torn: false }]);
    expect(pictureText(p)).toMatch(/b->pages \(the balloon list\): P\./);
  });

  it('moves P to B’s local list when the driver deflates it, with page->private cleared', () => {
    const p = pictureAt(RACE.slice(0, 11));
    expect(listOf(p, 'P')).toBe('cpu:B');
    expect(p.cards[0].private).toBe(0);
    // The card moved, so its laid-out position moved with it: that is what the transition animates.
    const before = layoutPicture(pictureAt(RACE.slice(0, 5))).cards.get('P');
    expect(layoutPicture(p).cards.get('P')?.x).not.toBe(before?.x);
  });

  it('draws P torn out on the step that corrupts the list, and says so in the text alternative', () => {
    const p = pictureAt(RACE);
    expect(p.cards[0].torn).toBe(true);
    expect(listOf(p, 'P')).toBe('none');
    expect(pictureText(p)).toMatch(/Page P .*Torn out: unlinked from a list it was not on/);
    expect(pictureText(p)).toMatch(/balloon_pages_lock held by CPU A/);
  });

  it('shows the spinning CPU as waiting on balloon_pages_lock', () => {
    const p = pictureAt(RACE.slice(0, 7));
    expect(p.lock).toEqual({ holder: 'B', waiters: ['A'] });
    expect(pictureText(p)).toMatch(/balloon_pages_lock held by CPU B; CPU A spinning/);
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
