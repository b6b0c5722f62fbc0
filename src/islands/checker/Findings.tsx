/**
 * What a check found, below its verdict: rule-i steps, the shortest counterexample per broken
 * invariant, the reachable outcomes. <Checker> prints the build's findings with this inside the
 * island, as static markup the island keeps until a live check replaces it, so the build's
 * counterexamples are in the page once, not again in the island's props.
 */
import type { CodeMap } from './CodeText';
import { Counterexamples } from './Counterexamples';
import { Outcomes } from './Outcomes';
import { RuleI } from './RuleI';
import type { CheckView } from './types';

interface Props {
  view: CheckView;
  code: CodeMap;
  replayHref?: (schedule: string[]) => string;
}

export function Findings({ view, code, replayHref }: Props) {
  return (
    <>
      <RuleI items={view.ruleI} code={code} />
      <Counterexamples items={view.counterexamples} code={code} replayHref={replayHref} />
      <Outcomes items={view.outcomes} open={view.verdict === 'safe'} />
    </>
  );
}
