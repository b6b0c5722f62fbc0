/**
 * The live lab's state: the lab machine (createLabMachine via useActor) started from the share
 * link or the default run, the replay that every view reads, and `act`, which sends an event,
 * narrates what it did and keeps the URL in step.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { createLabMachine, type LabContext, type LabEvent } from '../../machines';
import { replay } from '../../model';
import { useActor } from '../lib/useActor';
import type { KeyCommand } from './keys';
import { narrateChange } from './narrate';
import type { RestoredRun } from './share';
import type { LabProps } from './types';
import { garbledNotice, hashRun, labPlace, startFrom, writeUrl } from './url';

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
  const machine = useMemo(() => createLabMachine(p.scenario), []);
  const [snapshot, send, actor] = useActor(machine, { input: start.input });
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState(start.notice);
  const ctx = snapshot.context;
  const run = useMemo(
    () => replay(p.scenario, { balloon: ctx.balloon, core: ctx.core }, ctx.schedule),
    [ctx.balloon, ctx.core, ctx.schedule],
  );

  const act = useCallback((event: LabEvent) => {
    const before = actor.getSnapshot().context;
    send(event);
    const after = actor.getSnapshot().context;
    setMessage(narrateChange(p.scenario, before, after, event));
    writeUrl(p.scenario, place, after);
  }, []);

  const command = useCallback((cmd: KeyCommand) => {
    const { cursor, schedule } = actor.getSnapshot().context;
    if (cmd.kind === 'step') return act({ type: 'cpu.step', cpu: cmd.cpu });
    if (cmd.kind === 'undo' || (cmd.kind === 'back' && cursor === 0))
      return act({ type: 'history.undo' });
    if (cmd.kind === 'redo' || (cmd.kind === 'forward' && cursor === schedule.length))
      return act({ type: 'history.redo' });
    act({ type: 'history.jump', index: cursor + (cmd.kind === 'back' ? -1 : 1) });
  }, []);

  // A link pasted into the same tab changes only the hash: open its run without a reload.
  useEffect(() => {
    const onHash = () => {
      const found = hashRun(p.scenario, place);
      if (found.kind === 'garbled') return setNotice(garbledNotice(found.reason));
      if (found.kind === 'none' || sameRun(actor.getSnapshot().context, found.run)) return;
      const { balloon, core, schedule } = found.run;
      [
        { type: 'reset' },
        { type: 'variant.set', balloon, core },
        ...schedule.map((cpu) => ({ type: 'cpu.step', cpu })),
      ].forEach((e) => send(e as LabEvent));
      setNotice('');
      setMessage(
        `Opened the run from the link: ${schedule.length} steps under ${balloon} and ${core}.`,
      );
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const state = run.snapshots[ctx.cursor];
  return { ctx, run, state, place, act, command, message, setMessage, notice };
}
