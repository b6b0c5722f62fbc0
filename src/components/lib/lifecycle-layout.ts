/**
 * The page lifecycle's diagram, placed by hand. Six states that never move stand in one column,
 * in the order a page lives through them; each of the nine transitions has a hand-chosen route:
 * straight down to the next state, down a lane on the right when it skips states (FREE before
 * the page was ever listed, DEQUEUE by the driver), or curving up round the left when it goes
 * back (PUTBACK, MIGRATE_FAIL). Only arrowheads and label boxes are derived. The routes are
 * checked against the model's LIFECYCLE table at build time, so a new transition cannot go
 * undrawn and a removed one cannot linger.
 */
import type { Box, LayoutEdge, LifecycleLayout, Point } from '../../islands/lifecycle/types';
import { LIFECYCLE, LIFECYCLE_STATES, type LifecycleEvent, type LifecycleState } from '../../model';

/** Distance between states, a state's box, and the x of the two lanes right of the column. */
const ROW = 104;
const NODE = { width: 116, height: 46 };
const HALF = NODE.width / 2;
const LANE = { dequeue: 183, free: 315 };

/** One transition as drawn: path, the tip the path ends on, its direction there, the label. */
interface Route {
  from: LifecycleState;
  event: LifecycleEvent;
  kind: LayoutEdge['kind'];
  path: string;
  tip: Point;
  arrives: Point;
  label: Point & { side: 'right' | 'left' };
}

const rowOf = (s: LifecycleState) => LIFECYCLE_STATES.indexOf(s) * ROW;

/** Straight down from `from` to the state below it, labelled on the right. */
function down(from: LifecycleState, event: LifecycleEvent): Route {
  const y = rowOf(from);
  const tip = { x: 0, y: y + ROW - NODE.height / 2 };
  const path = `M 0 ${y + NODE.height / 2} V ${tip.y}`;
  const label = { x: 6, y: y + ROW / 2, side: 'right' as const };
  return { from, event, kind: 'forward', path, tip, arrives: { x: 0, y: 1 }, label };
}

/** Out of the right side, down the lane at x, and back in at the target's right side. */
function lane(from: LifecycleState, to: LifecycleState, event: LifecycleEvent, x: number): Route {
  const [y0, y1] = [rowOf(from), rowOf(to)];
  const path =
    `M ${HALF} ${y0} H ${x - 8} Q ${x} ${y0} ${x} ${y0 + 8} ` +
    `V ${y1 - 8} Q ${x} ${y1} ${x - 8} ${y1} H ${HALF}`;
  const label = { x: x + 6, y: (y0 + y1) / 2, side: 'right' as const };
  return {
    from,
    event,
    kind: 'lane',
    path,
    tip: { x: HALF, y: y1 },
    arrives: { x: -1, y: 0 },
    label,
  };
}

/** Up one state, curving out to the left, from y0 on the source's side to y1 on the target's. */
function back(from: LifecycleState, event: LifecycleEvent, y0: number, y1: number): Route {
  const bend = -HALF - 34;
  const path = `M ${-HALF} ${y0} C ${bend} ${y0} ${bend} ${y1} ${-HALF} ${y1}`;
  const label = { x: -HALF - 32, y: (y0 + y1) / 2, side: 'left' as const };
  return {
    from,
    event,
    kind: 'back',
    path,
    tip: { x: -HALF, y: y1 },
    arrives: { x: 1, y: 0 },
    label,
  };
}

/**
 * Every transition of docs/kernel-model.md §4. The two back-edges meet `isolated` at different
 * heights (8 above and below its centre) so their arrows never touch.
 */
const ROUTES: Route[] = [
  down('inflating', 'INSERT'),
  lane('inflating', 'freed', 'FREE', LANE.free),
  lane('onList', 'deflated', 'DEQUEUE', LANE.dequeue),
  down('onList', 'ISOLATE'),
  back('isolated', 'PUTBACK', 2 * ROW - 8, ROW),
  down('isolated', 'MIGRATE_START'),
  back('migrating', 'MIGRATE_FAIL', 3 * ROW, 2 * ROW + 8),
  down('migrating', 'MIGRATE_DONE'),
  down('deflated', 'FREE'),
];

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** A filled triangle 9 long and 9 wide whose tip is `tip`, pointing along `d`. */
function arrowAt(tip: Point, d: Point): string {
  const base = { x: tip.x - 9 * d.x, y: tip.y - 9 * d.y };
  const n = { x: -d.y * 4.5, y: d.x * 4.5 };
  return [tip, { x: base.x + n.x, y: base.y + n.y }, { x: base.x - n.x, y: base.y - n.y }]
    .map((p) => `${r1(p.x)},${r1(p.y)}`)
    .join(' ');
}

/** A label box for 12px monospace text (7.2px a character, 8px padding) beside its point. */
function labelBox(text: string, at: Route['label']): Box {
  const width = r1(text.length * 7.2 + 8);
  return { x: r1(at.side === 'right' ? at.x : at.x - width), y: at.y - 8, width, height: 16 };
}

/** Throws at build time unless the routes are exactly the model's transitions. */
function checkRoutes(): void {
  const drawn = ROUTES.map((r) => `${r.from} ${r.event}`).sort();
  const table = LIFECYCLE_STATES.flatMap((s) => Object.keys(LIFECYCLE[s]).map((e) => `${s} ${e}`));
  if (drawn.join() !== table.sort().join()) {
    throw new Error(
      `src/components/lib/lifecycle-layout.ts: the drawn transitions (${drawn.join(', ')}) are not LIFECYCLE's (${table.join(', ')})`,
    );
  }
}

/** The finished geometry the Lifecycle widget draws. */
export function layoutLifecycle(): LifecycleLayout {
  checkRoutes();
  const nodes = LIFECYCLE_STATES.map((id, rank) => ({
    id,
    rank,
    x: 0,
    y: rank * ROW,
    ...NODE,
    final: Object.keys(LIFECYCLE[id]).length === 0,
  }));
  const edges = ROUTES.map((r) => ({
    event: r.event,
    from: r.from,
    to: LIFECYCLE[r.from][r.event]!,
    kind: r.kind,
    path: r.path,
    arrow: arrowAt(r.tip, r.arrives),
    label: labelBox(r.event, r.label),
  }));
  const tip = { x: 0, y: -NODE.height / 2 };
  const initial = {
    state: LIFECYCLE_STATES[0],
    dot: { x: 0, y: tip.y - 30 },
    path: `M 0 ${tip.y - 24} V ${tip.y}`,
    arrow: arrowAt(tip, { x: 0, y: 1 }),
  };
  // The frame: 12 units round the leftmost label, the top dot, the lane labels and the last state.
  return { viewBox: '-196 -73 566 628', width: 566, height: 628, initial, nodes, edges };
}
