/**
 * The island <Lab> mounts. Until it runs in the browser it renders its children — the static
 * rendering <Lab> printed at build time — and then replaces them with the live lab, so the
 * server HTML and the first client render match and the page works without JavaScript.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Scenario } from '../../model';
import { pageCode, pageData } from '../lib/pageData';
import { LabApp } from './LabApp';
import { challengeBar, hintUse } from './parts';
import type { LabIslandProps } from './types';

export default function LabIsland(props: LabIslandProps & { children?: ComponentChildren }) {
  const [live, setLive] = useState(false);
  const { children, data, ...lab } = props;
  // A challenge lab goes live with its challenge bar (a chunk of its own, parts.ts): until then
  // the static goal stays. If it cannot be fetched the lab still goes live, without the bar.
  // The island hydrates when the lab scrolls into view (client:visible-preload, src/site/preload),
  // which has asked then for what the first Step needs (the engine, the step table, the timeline)
  // and the bar, with the island's own chunks: not after the lab is live or on the first click.
  // A layout effect, so the lab goes live without waiting for a painted frame (issue 14, goal 3).
  useLayoutEffect(() => {
    hintUse();
    if (!props.challenge) return setLive(true);
    const go = () => setLive(true);
    challengeBar.get().then(go, go);
  }, []);
  // A real box around the slot: the directive observes the island's children, and the slot
  // itself (display: contents) never intersects anything.
  if (!live) return <div class="lab-pending">{children}</div>;
  // Read from the page once, when the lab goes live (this renders only then: the lab's own state
  // lives below it); the static rendering needs neither.
  return (
    <LabApp {...lab} scenario={pageData<Scenario>(data.scenario)} highlight={pageCode(data.code)} />
  );
}
