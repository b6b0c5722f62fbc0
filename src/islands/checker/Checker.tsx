/**
 * The checker island: shows the verdict precomputed at build time, with the build's findings as
 * the static markup it is given (children), and re-runs the exhaustive check in the browser when
 * the learner asks, in a worker, loading the explorer only then. The scenario and its code come
 * from the page's data blocks, read at the first check.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExploreProgress, Scenario, Variants } from '../../model';
import { pageCode, pageData } from '../lib/pageData';
import { Findings } from './Findings';
import { labHref } from './labLink';
import { EmbedCode } from '../lib/EmbedCode';
import { EMBED_HEIGHT, embedCheckerPath } from '../lib/embed';
import { CheckFailure, runCheck, type CheckRun } from './runCheck';
import { CheckProgress, failureNotice } from './CheckProgress';
import type { CheckSummary, CheckView } from './types';
import { VerdictStatus } from './VerdictStatus';
import './checker.css';

interface Props {
  scenario: Pick<Scenario, 'id' | 'title'>;
  variants: Variants;
  /** The same check, run at build time: its verdict, before (and without) JavaScript. */
  initial: CheckSummary;
  /** Keys of the page's blocks holding the scenario and its code as token data. */
  data: { scenario: string; code: string };
  /** The build's findings, printed at build time; a live check replaces them. */
  children?: ComponentChildren;
  /** Where "Replay in the lab" goes: '' for this page's lab, else a page with the scenario's lab. */
  labPage: string;
}

export default function Checker({ scenario, variants, initial, data, children, labPage }: Props) {
  const [live, setLive] = useState<CheckView | null>(null);
  // The code of a live check's findings, decoded from the page once there is one.
  const code = useMemo(() => live && pageCode(data.code), [!live]);
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
      const done = await runCheck(pageData<Scenario>(data.scenario), variants, {
        signal: controller.signal,
        onProgress: setProgress,
      });
      setLive(done.view);
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
      <VerdictStatus view={live ?? initial} run={run} busy={busy} />
      {busy && <CheckProgress progress={progress} onCancel={() => abort.current?.abort()} />}
      {failure && (
        <p class="bl-notice checker-failure" role="alert">
          {failureNotice(failure, !!run)}{' '}
          <button type="button" class="bl-button" onClick={check}>
            {failure.kind === 'cancelled' ? 'Check again' : 'Retry'}
          </button>
        </p>
      )}
      {live ? <Findings view={live} code={code!} replayHref={replay} /> : children}
      <EmbedCode
        uid={`checker-${scenario.id}-${variants.balloon}-${variants.core}`}
        title={`Balloon Lab checker: ${scenario.title} (${variants.balloon}, ${variants.core})`}
        path={() => embedCheckerPath(scenario.id, variants.balloon, variants.core)}
        height={EMBED_HEIGHT.checker}
      />
    </div>
  );
}
