import { describe, expect, it } from 'vitest';
import { layoutLifecycle } from '../../src/components/lib/lifecycle-layout';
import type { Box, LifecycleLayout } from '../../src/islands/lifecycle/types';
import { LIFECYCLE, LIFECYCLE_STATES } from '../../src/model';

const nodeBox = (n: LifecycleLayout['nodes'][number]): Box => ({
  x: n.x - n.width / 2,
  y: n.y - n.height / 2,
  width: n.width,
  height: n.height,
});

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const pairs = <T>(xs: T[]): Array<[T, T]> =>
  xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as [T, T]));

function viewBox(layout: LifecycleLayout): Box {
  const [x, y, width, height] = layout.viewBox.split(' ').map(Number);
  return { x, y, width, height };
}

const inside = (outer: Box, b: Box): boolean =>
  b.x >= outer.x &&
  b.y >= outer.y &&
  b.x + b.width <= outer.x + outer.width &&
  b.y + b.height <= outer.y + outer.height;

describe('the lifecycle layout', () => {
  const layout = layoutLifecycle();

  it('places the six states of the model, the initial one first', () => {
    expect(layout.nodes.map((n) => n.id)).toEqual([...LIFECYCLE_STATES]);
    expect(layout.initial.state).toBe('inflating');
  });

  it('ends every edge on its arrow tip, at the border of its target state', () => {
    const byId = new Map(layout.nodes.map((n) => [n.id, nodeBox(n)]));
    for (const e of layout.edges) {
      const [x, y] = e.arrow.split(' ')[0].split(',').map(Number);
      const t = byId.get(e.to)!;
      const onBorder =
        Math.abs(x - t.x) < 0.01 ||
        Math.abs(x - (t.x + t.width)) < 0.01 ||
        Math.abs(y - t.y) < 0.01 ||
        Math.abs(y - (t.y + t.height)) < 0.01;
      expect(onBorder, `${e.from} ${e.event}`).toBe(true);
      expect(e.path.trim().endsWith(String(x)) || e.path.trim().endsWith(String(y))).toBe(true);
    }
  });

  it('draws one edge for every LIFECYCLE transition, and nothing else', () => {
    const expected = LIFECYCLE_STATES.flatMap((from) =>
      Object.entries(LIFECYCLE[from]).map(([event, to]) => `${from} -${event}-> ${to}`),
    );
    const drawn = layout.edges.map((e) => `${e.from} -${e.event}-> ${e.to}`);
    expect(drawn.sort()).toEqual(expected.sort());
    for (const e of layout.edges) expect(e.path).toMatch(/^M [-\d.]+ [-\d.]+ /);
  });

  it('ranks the states top to bottom in the order a page lives through them', () => {
    const rank = Object.fromEntries(layout.nodes.map((n) => [n.id, n.rank]));
    expect(rank.inflating).toBe(0);
    expect(rank.inflating).toBeLessThan(rank.onList);
    expect(rank.onList).toBeLessThan(rank.isolated);
    expect(rank.isolated).toBeLessThan(rank.migrating);
    expect(rank.migrating).toBeLessThan(rank.deflated);
    expect(rank.deflated).toBeLessThan(rank.freed);
    for (const [a, b] of pairs(layout.nodes)) {
      if (a.rank < b.rank) expect(a.y).toBeLessThan(b.y);
    }
  });

  it('curves the cycle-closing events back up and sends rank-skipping ones down a lane', () => {
    const kind = Object.fromEntries(layout.edges.map((e) => [`${e.from}/${e.event}`, e.kind]));
    expect(kind['isolated/PUTBACK']).toBe('back');
    expect(kind['migrating/MIGRATE_FAIL']).toBe('back');
    expect(kind['onList/DEQUEUE']).toBe('lane');
    expect(kind['inflating/FREE']).toBe('lane');
    expect(kind['onList/ISOLATE']).toBe('forward');
    expect(layout.nodes.find((n) => n.id === 'freed')!.final).toBe(true);
  });

  it('places no two states, labels or a label and a state on top of each other', () => {
    const boxes = [...layout.nodes.map(nodeBox), ...layout.edges.map((e) => e.label)];
    const clashes = pairs(boxes).filter(([a, b]) => overlap(a, b));
    expect(clashes).toEqual([]);
  });

  it('fits everything it draws inside the viewBox', () => {
    const frame = viewBox(layout);
    for (const b of [...layout.nodes.map(nodeBox), ...layout.edges.map((e) => e.label)]) {
      expect(inside(frame, b)).toBe(true);
    }
    expect(frame.y).toBeLessThan(layout.initial.dot.y - 6);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(layoutLifecycle())).toBe(JSON.stringify(layout));
  });
});
