/**
 * Where the cause of a break goes, beside the verdict. Nothing shows until a run breaks an
 * invariant; then the cause (Cause.tsx, with the model's cause finder) loads on use and renders.
 * The replay asked for is kept here, so scrubbing away from the break and back keeps it.
 */
import { useState } from 'preact/hooks';
import { later, useLater } from '../later';
import type { CausePanelProps } from './Cause';

export type { CausePanelProps } from './Cause';
export const causeModule = later(() => import('./causeModule'));

export function CausePanel(p: CausePanelProps) {
  const m = useLater(causeModule, p.broken);
  const [fixShown, setFixShown] = useState('');
  return m ? <m.Cause {...p} fixShown={fixShown} setFixShown={setFixShown} /> : null;
}
