/**
 * The lab's "Copy embed code": the <iframe> snippet of this lab's embed page at the run shown
 * now. The run is read through the lab's engine (loaded on first use, like the share link).
 */
import type { Scenario } from '../../model';
import { EmbedCode } from '../lib/EmbedCode';
import { EMBED_HEIGHT, embedLabPath } from '../lib/embed';
import type { WithRun } from './useLab';

interface Props {
  uid: string;
  scenario: Scenario;
  current: WithRun;
}

export function EmbedLab({ uid, scenario, current }: Props) {
  // The embed page has one lab, so the run goes under the scenario id, not this page's lab key.
  const path = () =>
    new Promise<string>((done, failed) =>
      current(
        (ctx, { sharedRun }) =>
          done(embedLabPath({ ...sharedRun(scenario, ctx), scenario: scenario.id })),
        () => failed(new Error('the lab’s code could not be loaded')),
      ),
    );
  return (
    <EmbedCode
      uid={uid}
      title={`Balloon Lab: ${scenario.title}`}
      path={path}
      height={EMBED_HEIGHT.lab}
    />
  );
}
