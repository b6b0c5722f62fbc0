/**
 * The checker island: shows the verdict precomputed at build time and re-runs the exhaustive
 * check in the browser when the learner asks, in a worker, loading the explorer only then.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExploreProgress, Scenario, Variants } from '../../model';
import { highlightedHtml, type HighlightedLines } from '../lib/highlighted';
import { Counterexamples } from './Counterexamples';
import { Outcomes } from './Outcomes';
import { RuleI } from './RuleI';
import { labHref } from './labLink';
import { EmbedCode } from '../lib/EmbedCode';
import { EMBED_HEIGHT, embedCheckerPath } from '../lib/embed';
import { CheckFailure, runCheck, type CheckRun } from './runCheck';
import { CheckProgress, failureNotice } from './CheckProgress';
import type { CheckView } from './types';
import { VerdictStatus } from './VerdictStatus';
import './checker.css';

interface Props {
  scenario: Scenario;
  variants: Variants;
  /** The same check, run at build time: what the page says before (and without) JavaScript. */
  initial: CheckView;
  /** The counterexamples' code lines as token data (decoded once here, not shipped as HTML). */
  highlighted: HighlightedLines;
  /** Where "Replay in the lab" goes: '' for this page's lab, else a page with the scenario's lab. */
  labPage: string;
}

export default function Checker({ scenario, variants, initial, highlighted, labPage }: Props) {
  const code = useMemo(() => highlightedHtml(highlighted), [highlighted]);
  const [view, setView] = useState(initial);
  const [run, setRun] = useState<Omit<CheckRun, 'view'> | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CheckFailure | null>(null);
  const [progress, setProgress] = useState<ExploreProgress | null>(null);
  const [hydrated, setHydrated] = useState(false);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => setHydrated(true), []);
  useEffect(() => () => abort.current?.abort(), []);

  const check = async () => {
    const controller = (abort.current = new AbortController());
    setBusy(true);
    setFailure(null);
    setProgress(null);
    try {
      const done = await runCheck(scenario, variants, {
        signal: controller.signal,
        onProgress: setProgress,
      });
      setView(done.view);
      setRun({ where: done.where, roundTripMs: done.roundTripMs });
    } catch (error) {
      setFailure(error instanceof CheckFailure ? error : new CheckFailure('failed', String(error)));
    } finally {
      // Whatever happened, the button comes back: a check can fail, time out or be cancelled.
      setBusy(false);
    }
  };
  const replay = run
    ? (schedule: string[]) => labPage + labHref(scenario.id, variants, schedule)
    : undefined;

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
      {busy && <CheckProgress progress={progress} onCancel={() => abort.current?.abort()} />}
      {failure && (
        <p class="bl-notice checker-failure" role="alert">
          {failureNotice(failure, !!run)}{' '}
          <button type="button" class="bl-button" onClick={check}>
            {failure.kind === 'cancelled' ? 'Check again' : 'Retry'}
          </button>
        </p>
      )}
      <RuleI items={view.ruleI} code={code} />
      <Counterexamples items={view.counterexamples} code={code} replayHref={replay} />
      <Outcomes items={view.outcomes} open={view.verdict === 'safe'} />
      <EmbedCode
        uid={`checker-${scenario.id}-${variants.balloon}-${variants.core}`}
        title={`Balloon Lab checker: ${scenario.title} (${variants.balloon}, ${variants.core})`}
        path={() => embedCheckerPath(scenario.id, variants.balloon, variants.core)}
        height={EMBED_HEIGHT.checker}
      />
    </div>
  );
}
