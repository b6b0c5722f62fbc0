/**
 * The live lab's state: the lab machine (createLabMachine, see useLabMachine) started from the
 * share link or the default run, the replay that every view reads, and `act`, which sends an
 * event, narrates what it did and keeps the URL in step.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { LabContext, LabEvent } from '../../machines/lab';
import { replay } from '../../model';
import type { KeyCommand } from './keys';
import type { RestoredRun } from './share';
import type { LabProps } from './types';
import { garbledNotice, hashRun, labPlace, startFrom } from './url';
import { useLabMachine } from './useLabMachine';

/** Said instead when the lab's code cannot be fetched (offline since the page loaded). */
const UNLOADED = 'Nothing changed: the lab’s code could not be loaded. Check your connection.';

const sameRun = (c: LabContext, r: RestoredRun): boolean =>
  c.balloon === r.balloon &&
  c.core === r.core &&
  c.schedule.slice(0, c.cursor).join() === r.schedule.join();

export function useLab(p: LabProps) {
  const place = useMemo(() => labPlace(p.uid, p.scenario.id), []);
  const start = useMemo(() => {
    const fallback = { balloon: p.balloon, core: p.core, schedule: p.schedule };
    return startFrom(hashRun(p.scenario, place), fallback);
  }, []);
  const { ctx, withActor } = useLabMachine(p.scenario, start.input);
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState(start.notice);
  const run = useMemo(
    () => replay(p.scenario, { balloon: ctx.balloon, core: ctx.core }, ctx.schedule),
    [ctx.balloon, ctx.core, ctx.schedule],
  );
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
      if (found.kind === 'garbled') return setNotice(garbledNotice(found.reason));
      if (found.kind === 'none') return;
      withActor((actor) => {
        if (sameRun(actor.getSnapshot().context, found.run)) return;
        const { balloon, core, schedule } = found.run;
        [
          { type: 'reset' },
          { type: 'variant.set', balloon, core },
          ...schedule.map((cpu) => ({ type: 'cpu.step', cpu })),
        ].forEach((e) => actor.send(e as LabEvent));
        setNotice('');
        setMessage(
          `Opened the run from the link: ${schedule.length} steps under ${balloon} and ${core}.`,
        );
      }, unloaded);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const state = run.snapshots[ctx.cursor];
  return { ctx, run, state, place, act, command, message, setMessage, notice };
}
