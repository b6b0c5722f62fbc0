/**
 * The finished geometry of the page statechart. src/components/lib/lifecycle-layout.ts places
 * it at build time from a hand-placed table, so the browser only draws what it is given.
 */

/** A point in SVG user units. */
export interface Point {
  x: number;
  y: number;
}

/** A rectangle by its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One state of the chart, drawn as a rounded box centred on (x, y). */
export interface LayoutNode extends Point {
  id: string;
  rank: number;
  width: number;
  height: number;
  /** A final state (no way out) gets a double outline, as UML draws it. */
  final: boolean;
}

/**
 * One transition. `forward` edges join neighbouring ranks, `lane` edges skip ranks and run down a
 * side lane, `back` edges climb back up and curve round the left so their labels stay apart.
 */
export interface LayoutEdge {
  event: string;
  from: string;
  to: string;
  kind: 'forward' | 'lane' | 'back';
  /** SVG path data, ending on the arrow's tip. */
  path: string;
  /** The arrowhead's polygon points. */
  arrow: string;
  /** The event label's background box; the text is centred in it. */
  label: Box;
}

/** The initial pseudo-state: a dot with an arrow into the initial state. */
export interface LayoutInitial {
  /** The initial state's id. */
  state: string;
  dot: Point;
  path: string;
  arrow: string;
}

export interface LifecycleLayout {
  viewBox: string;
  width: number;
  height: number;
  initial: LayoutInitial;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}
