/** Every transition as text: the diagram's full text alternative. */
import type { LayoutEdge } from './types';

export function TransitionList({ edges }: { edges: LayoutEdge[] }) {
  return (
    <ul class="lc-transitions">
      {edges.map((e) => (
        <li key={`${e.from}-${e.event}`}>
          <code>{e.from}</code> —<code>{e.event}</code>→ <code>{e.to}</code>
        </li>
      ))}
    </ul>
  );
}
