/**
 * The island <Lab> mounts. Until it runs in the browser it renders its children — the static
 * rendering <Lab> printed at build time — and then replaces them with the live lab, so the
 * server HTML and the first client render match and the page works without JavaScript.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { highlightedHtml } from '../lib/highlighted';
import { LabApp } from './LabApp';
import { challengeBar } from './parts';
import type { LabIslandProps } from './types';

export default function LabIsland(props: LabIslandProps & { children?: ComponentChildren }) {
  const [live, setLive] = useState(false);
  const highlight = useMemo(() => highlightedHtml(props.highlight), [props.highlight]);
  // A challenge lab goes live with its challenge bar (a chunk of its own, parts.ts): until then
  // the static goal stays. If it cannot be fetched the lab still goes live, without the bar.
  useEffect(() => {
    if (!props.challenge) return setLive(true);
    const go = () => setLive(true);
    challengeBar.get().then(go, go);
  }, []);
  // A real box around the slot: client:visible observes the island's children, and the slot
  // itself (display: contents) never intersects anything.
  if (!live) return <div class="lab-pending">{props.children}</div>;
  const { children: _static, ...lab } = props;
  return <LabApp {...lab} highlight={highlight} />;
}
