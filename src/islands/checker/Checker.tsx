/**
 * The checker island: shows the verdict precomputed at build time and re-runs the exhaustive
 * check in the browser when the learner asks, in a worker, loading the explorer only then.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Scenario, Variants } from '../../model';
import type { CodeMap } from './CodeText';
import { Counterexamples } from './Counterexamples';
import { Outcomes } from './Outcomes';
import { RuleI } from './RuleI';
import { labHref } from './labLink';
import { runCheck, type CheckRun } from './runCheck';
import type { CheckView } from './types';
import { VerdictStatus } from './VerdictStatus';
import './checker.css';

interface Props {
  scenario: Scenario;
  variants: Variants;
  /** The same check, run at build time: what the page says before (and without) JavaScript. */
  initial: CheckView;
  code: CodeMap;
}

export default function Checker({ scenario, variants, initial, code }: Props) {
  const [view, setView] = useState(initial);
  const [run, setRun] = useState<Omit<CheckRun, 'view'> | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const check = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const done = await runCheck(scenario, variants);
      setView(done.view);
      setRun({ where: done.where, roundTripMs: done.roundTripMs });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const replay = run ? (schedule: string[]) => labHref(scenario.id, variants, schedule) : undefined;

  return (
    <div class="checker">
      <button
        type="button"
        class="bl-button bl-primary"
        disabled={!hydrated || busy}
        onClick={check}
      >
        Check every interleaving
      </button>
      <VerdictStatus view={view} run={run} busy={busy} />
      {failure && (
        <p class="bl-notice">
          The check could not run here ({failure}); the verdict above is from the build.
        </p>
      )}
      <RuleI items={view.ruleI} code={code} />
      <Counterexamples items={view.counterexamples} code={code} replayHref={replay} />
      <Outcomes items={view.outcomes} open={view.verdict === 'safe'} />
    </div>
  );
}
