/**
 * History controls: Undo, Redo, Reset and a labelled range input to scrub through the run.
 * Buttons that cannot act stay focusable (aria-disabled) so keyboard focus is never lost; the
 * narrator says why nothing happened.
 */
export interface TimelineProps {
  uid: string;
  cursor: number;
  total: number;
  onUndo: () => void;
  onRedo: () => void;
  onReset: () => void;
  onJump: (index: number) => void;
}

export function Timeline(p: TimelineProps) {
  const id = `${p.uid}-timeline`;
  const where = `step ${p.cursor} of ${p.total}`;
  return (
    <div class="lab-history">
      <div class="lab-buttons">
        <button type="button" class="bl-button" aria-disabled={p.cursor === 0} onClick={p.onUndo}>
          Undo
        </button>
        <button
          type="button"
          class="bl-button"
          aria-disabled={p.cursor === p.total}
          onClick={p.onRedo}
        >
          Redo
        </button>
        <button type="button" class="bl-button" aria-disabled={p.total === 0} onClick={p.onReset}>
          Reset
        </button>
      </div>
      <div class="lab-scrub">
        <label for={id}>Timeline</label>
        <input
          id={id}
          type="range"
          min={0}
          max={p.total}
          step={1}
          value={p.cursor}
          aria-valuetext={where}
          onInput={(e) => p.onJump(Number((e.currentTarget as HTMLInputElement).value))}
        />
        <span aria-hidden="true">{where}</span>
      </div>
    </div>
  );
}
