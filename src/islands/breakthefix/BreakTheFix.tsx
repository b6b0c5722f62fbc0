/**
 * Break the fix: start from the patched balloon code, undo one part of the patch at a time and
 * watch the exhaustive verdict and its counterexample change. The model is loaded on first touch.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { BalloonVariant, CoreVariant, Scenario } from '../../model';
import { pageCode, pageData } from '../lib/pageData';
import { Counterexamples } from '../checker/Counterexamples';
import { Outcomes } from '../checker/Outcomes';
import { RuleI } from '../checker/RuleI';
import { BreakStatus } from './BreakStatus';
import { CodePanel } from './CodePanel';
import { Controls } from './Controls';
import type { Evaluation } from './live';
import { PATCHED, type Toggles } from './toggles';
import '../checker/checker.css';
import './breakthefix.css';

interface Props {
  /** Keys of the page's blocks: the scenarios, and the code of both as token data. */
  data: { scenarios: string[]; code: string };
  balloons: Array<{ id: BalloonVariant; label: string }>;
  cores: Array<{ id: CoreVariant; label: string }>;
  /** Key of the page's block: the patched code on the first scenario, evaluated at build time. */
  initial: string;
}

type Live = typeof import('./live');
let liveModule: Promise<Live> | undefined;

/** Loads the model on demand; the promise is shared so hovering and toggling fetch it once. */
function loadLive(): Promise<Live> {
  liveModule ??= import('./live').catch((error) => {
    liveModule = undefined; // a later touch retries
    throw error;
  });
  return liveModule;
}

/** Fetches the model as the pointer or focus enters the widget; a failure waits for a toggle. */
const preload = () => void loadLive().catch(() => undefined);

/**
 * On a phone the verdict is pinned to the bottom of the window (breakthefix.css): a toggle that
 * keyboard focus reaches under it is scrolled clear, so focus is never hidden behind the pin.
 */
function clearOfVerdict(event: FocusEvent) {
  const target = event.target as HTMLElement;
  const status = (event.currentTarget as HTMLElement).querySelector<HTMLElement>('[role="status"]');
  if (!status || !target.closest('.btf-controls')) return;
  if (getComputedStyle(status).position !== 'sticky') return;
  const hidden = target.getBoundingClientRect().bottom - status.getBoundingClientRect().top;
  if (hidden > 0) window.scrollBy({ top: hidden + 12, behavior: 'instant' });
}

function onFocusIn(event: FocusEvent) {
  preload();
  clearOfVerdict(event);
}

export default function BreakTheFix({ data, balloons, cores, initial }: Props) {
  const { scenarios, code, first } = useMemo(
    () => ({
      first: pageData<Evaluation>(initial),
      scenarios: data.scenarios.map((key) => pageData<Scenario>(key)),
      code: pageCode(data.code),
    }),
    [],
  );
  const [toggles, setToggles] = useState<Toggles>({ scenario: scenarios[0].id, ...PATCHED });
  const [shown, setShown] = useState(first);
  const [elapsedMs, setElapsedMs] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  const latest = useRef(0);
  const name = useId();
  useEffect(() => setHydrated(true), []);

  /** Shows the new toggles at once, then their verdict as soon as the model has run. */
  const change = async (next: Toggles | ((live: Live) => Toggles)) => {
    const ticket = ++latest.current;
    if (typeof next !== 'function') setToggles(next);
    try {
      const live = await loadLive();
      // A later change may have come in meanwhile; only the newest combination is shown.
      if (ticket !== latest.current) return;
      const wanted = typeof next === 'function' ? next(live) : next;
      const scenario = scenarios.find((s) => s.id === wanted.scenario) ?? scenarios[0];
      const t0 = performance.now();
      const result = live.evaluate(scenario, wanted);
      setElapsedMs(performance.now() - t0);
      setToggles(wanted);
      setShown(result);
      setFailure(null);
    } catch (error) {
      if (ticket === latest.current)
        setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div class="btf" onPointerEnter={preload} onFocusIn={onFocusIn}>
      {/* The toggles, and pinned beside them the verdict and the counterexample, so the result
          of a change is in view wherever the toggle that made it sits. */}
      <div class="btf-top">
        <Controls
          name={name}
          toggles={toggles}
          scenarios={scenarios}
          balloons={balloons}
          cores={cores}
          named={shown.named}
          disabled={!hydrated}
          onChange={change}
          onNamed={(id) => change((live) => live.namedToggles(toggles, id))}
        />
        <div class="btf-side">
          <BreakStatus shown={shown} elapsedMs={elapsedMs} />
          {failure && (
            <p class="bl-notice">
              The checker could not load ({failure}); the verdict shown is for the previous
              combination.
            </p>
          )}
          <Counterexamples items={shown.view.counterexamples} code={code} />
        </div>
      </div>
      <CodePanel blocks={shown.blocks} code={code} />
      <RuleI items={shown.view.ruleI} code={code} />
      <Outcomes items={shown.view.outcomes} open={false} />
    </div>
  );
}
