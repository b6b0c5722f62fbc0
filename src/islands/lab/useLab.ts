/**
 * The live lab's state: the lab machine (createLabMachine), started from the share link or the
 * default run, and `act`, which sends an event, narrates what it did and keeps the URL in step.
 * Every view reads the machine's context: `run` is its tape (snapshots and records), `state` the
 * snapshot at the cursor; nothing here replays a schedule.
 *
 * The machine starts when the reader first uses the lab rather than with the page: XState and
 * the machine come in the engine chunk (parts.ts), fetched as soon as the lab is on screen. Until
 * then the views show the context the machine starts from. Work asked for while the engine is still arriving is queued in order
 * (later.ts) and runs against the actor, so it sees every event sent before it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Actor } from '../../machines/actor';
import type { LabContext, LabEvent, LabMachine } from '../../machines/lab';
import { labStartContext, labState, type LabInput } from '../../machines/labContext';
import { linkNotice, type RestoredRun, type Scenario } from '../../model';
import type { KeyCommand } from './keys';
import { narrateOpened } from './narrate';
import { engine } from './parts';
import type { LabProps } from './types';
import { hashRun, labPlace, noticeNode, startFrom } from './url';

export type Engine = typeof import('./engine');
export type LabActor = Actor<LabMachine>;

/** Runs `use` with the machine's current context once every earlier event has been applied. */
export type WithRun = (use: (c: LabContext, m: Engine) => void, failed?: () => void) => void;

/** Said instead when the lab's code cannot be fetched (offline since the page loaded). */
const UNLOADED = 'Nothing changed: the lab’s code could not be loaded. Check your connection.';

const sameRun = (c: LabContext, r: RestoredRun): boolean =>
  c.balloon === r.balloon &&
  c.core === r.core &&
  c.schedule.slice(0, c.cursor).join() === r.schedule.join();

/** The machine's context as state, and `withActor`, which starts the actor on first use. */
function useLabMachine(scenario: Scenario, input: LabInput) {
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

export function useLab(p: LabProps) {
  const place = useMemo(() => labPlace(p.uid, p.scenario.id), []);
  const start = useMemo(() => {
    const fallback = { balloon: p.balloon, core: p.core, schedule: p.schedule };
    return startFrom(hashRun(p.scenario, place), fallback);
  }, []);
  const { ctx, withActor } = useLabMachine(p.scenario, start.input);
  const [message, setMessage] = useState(() => (start.opened ? narrateOpened(ctx) : ''));
  const [notice, setNotice] = useState(start.notice);
  const unloaded = () => setMessage(UNLOADED);

  const act = useCallback(
    (event: LabEvent) =>
      withActor((actor, m) => {
        const before = actor.getSnapshot().context;
        actor.send(event);
        const after = actor.getSnapshot().context;
        setMessage(m.narrateChange(p.scenario, before, after, event));
        m.writeUrl(p.scenario, place, after);
      }, unloaded),
    [],
  );

  /** The machine's context after every queued event: what a share link or a save must use. */
  const current: WithRun = useCallback(
    (use, failed = unloaded) =>
      withActor((actor, m) => use(actor.getSnapshot().context, m), failed),
    [],
  );

  const command = useCallback(
    (cmd: KeyCommand) =>
      withActor((actor) => {
        const { cursor, schedule } = actor.getSnapshot().context;
        if (cmd.kind === 'step') return act({ type: 'cpu.step', cpu: cmd.cpu });
        if (cmd.kind === 'undo' || (cmd.kind === 'back' && cursor === 0))
          return act({ type: 'history.undo' });
        if (cmd.kind === 'redo' || (cmd.kind === 'forward' && cursor === schedule.length))
          return act({ type: 'history.redo' });
        act({ type: 'history.jump', index: cursor + (cmd.kind === 'back' ? -1 : 1) });
      }, unloaded),
    [],
  );

  // A link pasted into the same tab changes only the hash: open its run without a reload.
  useEffect(() => {
    const onHash = () => {
      const found = hashRun(p.scenario, place);
      if (found.kind === 'none') return;
      setNotice(noticeNode(linkNotice(found)));
      if (found.kind === 'garbled') return;
      withActor((actor) => {
        if (sameRun(actor.getSnapshot().context, found.run)) return;
        actor.send({ type: 'run.open', ...found.run });
        setMessage(narrateOpened(actor.getSnapshot().context));
      }, unloaded);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const state = labState(ctx);
  return { ctx, run: ctx.tape, state, place, act, current, command, message, setMessage, notice };
}
