/**
 * A small layered layout (in the spirit of Sugiyama's method) for the page statechart, run at
 * build time so the page ships finished SVG geometry and no layout code. The steps: read states
 * and transitions from the machine, turn cycle-closing edges into back-edges, rank the rest by
 * longest path, order each rank by its parents' positions, then route three kinds of edge:
 * neighbouring ranks straight down, rank-skipping edges down side lanes on the right, back-edges
 * curved round the left. Each kind keeps its labels on its own side of the diagram, so they stay
 * apart (a unit test checks it). Limits, fine for the lifecycle's shape: one top-down ordering
 * sweep, and a lane edge leaves its node sideways, so with several states in a rank it may cross
 * a neighbour.
 */
import type { AnyStateMachine } from 'xstate';
import { pageLifecycleMachine } from '../../machines';
import type {
  Box,
  LayoutEdge,
  LayoutNode,
  LifecycleLayout,
  Point,
} from '../../islands/lifecycle/types';

/** A statechart as plain data: states in drawing order, the initial one, state × event → state. */
export interface ChartGraph {
  states: readonly string[];
  initial: string;
  table: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** One transition of the table. */
export interface Transition {
  event: string;
  from: string;
  to: string;
}

/** Label text is monospace at 12px (about 7.2px a character); state names at 14px. */
const LABEL_CHAR = 7.2;
const NAME_CHAR = 8.4;
const NODE_H = 46;
const RANK_GAP = 58;
const LABEL_H = 16;
const LABEL_PAD = 8;
const ARROW = { length: 9, half: 4.5 };

/** The chart of a flat XState machine: its states, initial state and transitions. */
export function chartOf(machine: AnyStateMachine): ChartGraph {
  const states = Object.keys(machine.states);
  const table = Object.fromEntries(
    states.map((s) => [
      s,
      Object.fromEntries(
        [...machine.states[s].transitions.entries()].map(([event, ts]) => [
          event,
          ts[0].target![0].key,
        ]),
      ),
    ]),
  );
  return { states, initial: String(machine.config.initial), table };
}

/** Every transition, in table order. */
export function transitionsOf(g: ChartGraph): Transition[] {
  return g.states.flatMap((from) =>
    Object.entries(g.table[from] ?? {}).map(([event, to]) => ({ event, from, to })),
  );
}

/** Edges that close a cycle in a depth-first walk from the initial state. */
function backEdges(g: ChartGraph, edges: Transition[]): Set<Transition> {
  const seen = new Map<string, 'open' | 'done'>();
  const back = new Set<Transition>();
  const visit = (s: string): void => {
    seen.set(s, 'open');
    for (const e of edges.filter((edge) => edge.from === s)) {
      if (seen.get(e.to) === 'open') back.add(e);
      else if (!seen.has(e.to)) visit(e.to);
    }
    seen.set(s, 'done');
  };
  for (const s of [g.initial, ...g.states]) if (!seen.has(s)) visit(s);
  return back;
}

/** Longest-path ranks over the acyclic (forward) edges. */
function ranksOf(states: readonly string[], forward: Transition[]): Map<string, number> {
  const rank = new Map(states.map((s) => [s, 0]));
  for (let round = 0; round < states.length; round++) {
    for (const e of forward) rank.set(e.to, Math.max(rank.get(e.to)!, rank.get(e.from)! + 1));
  }
  return rank;
}

/** Each rank's states, ordered by the mean column of their parents (one top-down sweep). */
function orderRanks(g: ChartGraph, rank: Map<string, number>, forward: Transition[]): string[][] {
  const column = new Map<string, number>();
  const rows: string[][] = [];
  const barycentre = (s: string): number => {
    const cols = forward
      .filter((e) => e.to === s && column.has(e.from))
      .map((e) => column.get(e.from)!);
    return cols.length ? cols.reduce((a, b) => a + b, 0) / cols.length : Number.MAX_SAFE_INTEGER;
  };
  for (let r = 0; r <= Math.max(...rank.values()); r++) {
    const row = g.states
      .filter((s) => rank.get(s) === r)
      .map((s, i) => ({ s, key: barycentre(s), i }))
      .sort((a, b) => a.key - b.key || a.i - b.i)
      .map(({ s }) => s);
    row.forEach((s, i) => column.set(s, i));
    rows.push(row);
  }
  return rows;
}

/** Sizes shared by the whole chart, from its longest state name and event label. A column
 * leaves room for a forward edge's label to the right of its states. */
function metrics(g: ChartGraph, edges: Transition[]) {
  const nodeW = Math.max(...g.states.map((s) => s.length)) * NAME_CHAR + 40;
  const labelW = Math.max(...edges.map((e) => e.event.length)) * LABEL_CHAR + LABEL_PAD;
  return { nodeW, labelW, colGap: nodeW + labelW + 32, rankGap: NODE_H + RANK_GAP };
}

type Metrics = ReturnType<typeof metrics>;

/** Centres states on a grid: column by order in the rank, row by rank. */
function placeNodes(g: ChartGraph, rows: string[][], m: Metrics): Map<string, LayoutNode> {
  const nodes = new Map<string, LayoutNode>();
  rows.forEach((row, rank) =>
    row.forEach((id, col) => {
      const final = Object.keys(g.table[id] ?? {}).length === 0;
      nodes.set(id, {
        id,
        rank,
        x: col * m.colGap,
        y: rank * m.rankGap,
        width: m.nodeW,
        height: NODE_H,
        final,
      });
    }),
  );
  return nodes;
}

/** Side lanes for rank-skipping edges: the first lane whose rank spans do not meet this one. */
function assignLanes(long: Transition[], rank: Map<string, number>): Map<Transition, number> {
  const lanes: Array<Array<[number, number]>> = [];
  const span = (e: Transition): [number, number] => [rank.get(e.from)!, rank.get(e.to)!];
  const byLength = [...long].sort((a, b) => span(a)[1] - span(a)[0] - (span(b)[1] - span(b)[0]));
  const lane = new Map<Transition, number>();
  for (const e of byLength) {
    const [lo, hi] = span(e);
    let k = lanes.findIndex((taken) => taken.every(([l, h]) => hi < l || h < lo));
    if (k < 0) k = lanes.push([]) - 1;
    lanes[k].push([lo, hi]);
    lane.set(e, k);
  }
  return lane;
}

type Side = 'top' | 'bottom' | 'left' | 'right';
interface Attachment {
  edge: Transition;
  end: 'from' | 'to';
  side: Side;
  key: number;
}

/** Spreads the edges that meet one side of a node evenly along it, in `key` order. */
function ports(attachments: Attachment[], nodes: Map<string, LayoutNode>): Map<string, Point> {
  const at = new Map<string, Point>();
  const groups = new Map<string, Attachment[]>();
  for (const a of attachments) {
    const id = `${a.edge[a.end]}/${a.side}`;
    groups.set(id, [...(groups.get(id) ?? []), a]);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.key - b.key);
    group.forEach((a, k) =>
      at.set(
        portId(a.edge, a.end),
        sidePoint(nodes.get(a.edge[a.end])!, a.side, (k + 1) / (group.length + 1)),
      ),
    );
  }
  return at;
}

const portId = (e: Transition, end: 'from' | 'to'): string => `${e.event}:${e.from}>${e.to}:${end}`;

function sidePoint(n: LayoutNode, side: Side, f: number): Point {
  const left = n.x - n.width / 2;
  const top = n.y - n.height / 2;
  if (side === 'top' || side === 'bottom') {
    return { x: left + n.width * f, y: side === 'top' ? top : top + n.height };
  }
  return { x: side === 'left' ? left : left + n.width, y: top + n.height * f };
}

const r1 = (v: number): number => Math.round(v * 10) / 10;
const pt = (p: Point): string => `${r1(p.x)} ${r1(p.y)}`;

/** A filled triangle whose tip is `tip`, pointing along the unit vector `d`. */
function arrowAt(tip: Point, d: Point): string {
  const base = { x: tip.x - ARROW.length * d.x, y: tip.y - ARROW.length * d.y };
  const n = { x: -d.y * ARROW.half, y: d.x * ARROW.half };
  return [tip, { x: base.x + n.x, y: base.y + n.y }, { x: base.x - n.x, y: base.y - n.y }]
    .map((p) => `${r1(p.x)},${r1(p.y)}`)
    .join(' ');
}

/** A label box beside `at`: to its right (anchor start) or to its left (anchor end). */
function labelBox(text: string, at: Point, anchor: 'start' | 'end'): Box {
  const width = text.length * LABEL_CHAR + LABEL_PAD;
  const x = anchor === 'start' ? at.x + 6 : at.x - 6 - width;
  return { x: r1(x), y: r1(at.y - LABEL_H / 2), width: r1(width), height: LABEL_H };
}

/** Neighbouring ranks: an S-curve from the parent's bottom to the child's top. */
function forwardEdge(e: Transition, s: Point, t: Point) {
  const dy = (t.y - s.y) / 2;
  const path = `M ${pt(s)} C ${pt({ x: s.x, y: s.y + dy })} ${pt({ x: t.x, y: t.y - dy })} ${pt(t)}`;
  const mid = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
  return { path, arrow: arrowAt(t, { x: 0, y: 1 }), label: labelBox(e.event, mid, 'start') };
}

/** Rank-skipping: out of the right side, down the lane at `laneX`, back into the right side. */
function laneEdge(e: Transition, s: Point, t: Point, laneX: number) {
  const r = 8;
  const path =
    `M ${pt(s)} H ${r1(laneX - r)} Q ${r1(laneX)} ${r1(s.y)} ${r1(laneX)} ${r1(s.y + r)} ` +
    `V ${r1(t.y - r)} Q ${r1(laneX)} ${r1(t.y)} ${r1(laneX - r)} ${r1(t.y)} H ${r1(t.x)}`;
  const label = labelBox(e.event, { x: laneX, y: (s.y + t.y) / 2 }, 'start');
  return { path, arrow: arrowAt(t, { x: -1, y: 0 }), label };
}

/** Upwards: a curve bulging left, further for longer spans, labelled at its leftmost point. */
function backEdge(e: Transition, s: Point, t: Point, span: number) {
  const bulge = 34 + 24 * Math.max(0, span - 1);
  const path = `M ${pt(s)} C ${pt({ x: s.x - bulge, y: s.y })} ${pt({ x: t.x - bulge, y: t.y })} ${pt(t)}`;
  const leftmost = { x: Math.min(s.x, t.x) - 0.75 * bulge, y: (s.y + t.y) / 2 };
  return { path, arrow: arrowAt(t, { x: 1, y: 0 }), label: labelBox(e.event, leftmost, 'end') };
}

interface Routing {
  kind: LayoutEdge['kind'];
  lane: number;
  span: number;
}

/** Which kind each edge is, and where its ends attach. */
function classify(
  edges: Transition[],
  back: Set<Transition>,
  rank: Map<string, number>,
  nodes: Map<string, LayoutNode>,
) {
  const lanes = assignLanes(
    edges.filter((e) => !back.has(e) && rank.get(e.to)! - rank.get(e.from)! > 1),
    rank,
  );
  const routing = new Map<Transition, Routing>();
  const attachments: Attachment[] = [];
  for (const e of edges) {
    const span = Math.abs(rank.get(e.to)! - rank.get(e.from)!);
    const kind = back.has(e) ? 'back' : lanes.has(e) ? 'lane' : 'forward';
    const lane = lanes.get(e) ?? -1;
    routing.set(e, { kind, lane, span });
    attachments.push(...attach(e, kind, lane, nodes));
  }
  return { routing, attachments };
}

/** The two attachments of an edge, keyed so that edges sharing a side never cross there. */
function attach(
  e: Transition,
  kind: LayoutEdge['kind'],
  lane: number,
  nodes: Map<string, LayoutNode>,
): Attachment[] {
  const other = (end: 'from' | 'to') => nodes.get(e[end === 'from' ? 'to' : 'from'])!;
  if (kind === 'forward') {
    return [
      { edge: e, end: 'from', side: 'bottom', key: other('from').x },
      { edge: e, end: 'to', side: 'top', key: other('to').x },
    ];
  }
  if (kind === 'back') {
    return [
      { edge: e, end: 'from', side: 'left', key: other('from').y },
      { edge: e, end: 'to', side: 'left', key: other('to').y },
    ];
  }
  // On the right, arrivals sit above departures; nearer lanes arrive higher and leave lower.
  return [
    { edge: e, end: 'from', side: 'right', key: 1000 - lane },
    { edge: e, end: 'to', side: 'right', key: lane },
  ];
}

/** The bounding box of everything drawn, from nodes, labels, lanes and bulges. */
function bounds(nodes: LayoutNode[], edges: LayoutEdge[], extra: Point[]): Box {
  const boxes: Box[] = [
    ...nodes.map((n) => ({
      x: n.x - n.width / 2,
      y: n.y - n.height / 2,
      width: n.width,
      height: n.height,
    })),
    ...edges.map((e) => e.label),
    ...extra.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 })),
  ];
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** The initial pseudo-state: a dot above the initial state with an arrow into it. */
function initialMarker(start: LayoutNode): LifecycleLayout['initial'] {
  const tip = { x: start.x, y: start.y - start.height / 2 };
  const dot = { x: tip.x, y: tip.y - 30 };
  const path = `M ${pt({ x: dot.x, y: dot.y + 6 })} V ${r1(tip.y)}`;
  return { state: start.id, dot, path, arrow: arrowAt(tip, { x: 0, y: 1 }) };
}

/** Draws each edge by its kind from its two ports. */
function drawEdges(
  edges: Transition[],
  routing: Map<Transition, Routing>,
  at: Map<string, Point>,
  laneX: (lane: number) => number,
): LayoutEdge[] {
  return edges.map((e) => {
    const { kind, lane, span } = routing.get(e)!;
    const s = at.get(portId(e, 'from'))!;
    const t = at.get(portId(e, 'to'))!;
    const drawn =
      kind === 'forward'
        ? forwardEdge(e, s, t)
        : kind === 'lane'
          ? laneEdge(e, s, t, laneX(lane))
          : backEdge(e, s, t, span);
    return { event: e.event, from: e.from, to: e.to, kind, ...drawn };
  });
}

/** The viewBox: the bounding box of everything drawn plus a margin. */
function frame(box: Box): Pick<LifecycleLayout, 'viewBox' | 'width' | 'height'> {
  const pad = 12;
  const width = r1(box.width + 2 * pad);
  const height = r1(box.height + 2 * pad);
  return { viewBox: `${r1(box.x - pad)} ${r1(box.y - pad)} ${width} ${height}`, width, height };
}

/** Lays out any flat chart; `layoutLifecycle()` applies it to the page lifecycle. */
export function layoutChart(g: ChartGraph): LifecycleLayout {
  const edges = transitionsOf(g);
  const back = backEdges(g, edges);
  const forward = edges.filter((e) => !back.has(e));
  const rank = ranksOf(g.states, forward);
  const m = metrics(g, edges);
  const nodes = placeNodes(g, orderRanks(g, rank, forward), m);
  const { routing, attachments } = classify(edges, back, rank, nodes);
  // Lanes start right of the widest column and its edge labels, one label's width apart.
  const rightmost = Math.max(...[...nodes.values()].map((n) => n.x)) + m.nodeW / 2 + m.labelW + 24;
  const laneX = (lane: number) => rightmost + lane * (m.labelW + 30);
  const laid = drawEdges(edges, routing, ports(attachments, nodes), laneX);
  const initial = initialMarker(nodes.get(g.initial)!);
  const lanes = [...routing.values()]
    .filter((r) => r.kind === 'lane')
    .map((r) => ({ x: laneX(r.lane), y: 0 }));
  const top = { x: initial.dot.x, y: initial.dot.y - 8 };
  return {
    ...frame(bounds([...nodes.values()], laid, [top, ...lanes])),
    initial,
    nodes: [...nodes.values()].map((n) => ({ ...n, x: r1(n.x), y: r1(n.y), width: r1(n.width) })),
    edges: laid,
  };
}

/** The page lifecycle, read from the very machine the widget drives. */
export function layoutLifecycle(): LifecycleLayout {
  return layoutChart(chartOf(pageLifecycleMachine));
}
