/**
 * Draws the precomputed statechart layout. The SVG is one labelled image (role="img"); the
 * buttons beside it are the controls, so nothing inside the drawing needs to be focusable.
 * The current state is marked by a thick outline and the word "current", never by colour alone.
 */
import type { LayoutEdge, LayoutNode, LifecycleLayout } from './types';

interface Props {
  layout: LifecycleLayout;
  /** The state to mark as current, or null in the static rendering. */
  current: string | null;
  label: string;
}

function Edge({ edge, next }: { edge: LayoutEdge; next: boolean }) {
  const { label } = edge;
  return (
    <g class={`lc-edge lc-${edge.kind}${next ? ' lc-next' : ''}`}>
      <path d={edge.path} />
      <polygon points={edge.arrow} />
      <rect
        class="lc-label-bg"
        x={label.x}
        y={label.y}
        width={label.width}
        height={label.height}
        rx="3"
      />
      <text class="lc-label" x={label.x + label.width / 2} y={label.y + label.height / 2}>
        {edge.event}
      </text>
    </g>
  );
}

function Node({ node, current }: { node: LayoutNode; current: boolean }) {
  const left = node.x - node.width / 2;
  const top = node.y - node.height / 2;
  return (
    <g class="lc-node" data-current={current ? 'true' : undefined}>
      <rect class="lc-box" x={left} y={top} width={node.width} height={node.height} rx="10" />
      {node.final && (
        <rect
          class="lc-final"
          x={left + 4}
          y={top + 4}
          width={node.width - 8}
          height={node.height - 8}
          rx="7"
        />
      )}
      <text class="lc-name" x={node.x} y={current ? node.y - 7 : node.y}>
        {node.id}
      </text>
      {current && (
        <text class="lc-marker" x={node.x} y={node.y + 11}>
          ◆ current
        </text>
      )}
    </g>
  );
}

export function Diagram({ layout, current, label }: Props) {
  const { initial } = layout;
  return (
    <svg
      class="lc-diagram"
      viewBox={layout.viewBox}
      width={layout.width}
      role="img"
      aria-label={label}
    >
      <g class="lc-edge">
        <circle class="lc-start" cx={initial.dot.x} cy={initial.dot.y} r="6" />
        <path d={initial.path} />
        <polygon points={initial.arrow} />
      </g>
      {layout.edges.map((edge) => (
        <Edge key={`${edge.from}-${edge.event}`} edge={edge} next={edge.from === current} />
      ))}
      {layout.nodes.map((node) => (
        <Node key={node.id} node={node} current={node.id === current} />
      ))}
    </svg>
  );
}
