/**
 * The lab machine (createLabMachine), started when the reader first uses the lab rather than with
 * the page: XState and the machine come in the engine chunk (parts.ts). Until then the views show
 * the context the machine starts from; from the first event on, every context is the actor's.
 * Work asked for while the engine is still arriving is queued in order (later.ts) and runs
 * against the actor, so it sees every event sent before it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Actor } from 'xstate';
import type { LabMachine } from '../../machines/lab';
import { labStartContext, type LabContext, type LabInput } from '../../machines/labContext';
import type { Scenario } from '../../model';
import { engine } from './parts';

export type Engine = typeof import('./engine');
export type LabActor = Actor<LabMachine>;

/** Runs `use` with the machine's current context once every earlier event has been applied. */
export type WithRun = (use: (c: LabContext, m: Engine) => void, failed?: () => void) => void;

export function useLabMachine(scenario: Scenario, input: LabInput) {
  const [ctx, setCtx] = useState(() => labStartContext(scenario, input));
  const actor = useRef<LabActor | null>(null);
  const gone = useRef(false);
  useEffect(
    () => () => {
      gone.current = true;
      actor.current?.stop();
    },
    [],
  );

  /** Runs `use` with the running actor, starting it (and loading the engine) on first use. */
  const withActor = useCallback(
    (use: (actor: LabActor, m: Engine) => void, failed: () => void) =>
      engine.with((m) => {
        if (gone.current) return;
        if (!actor.current) {
          actor.current = m.createActor(m.createLabMachine(scenario), { input }).start();
          actor.current.subscribe((snapshot) => setCtx(snapshot.context));
          setCtx(actor.current.getSnapshot().context);
        }
        use(actor.current, m);
      }, failed),
    [],
  );
  return { ctx, withActor };
}
