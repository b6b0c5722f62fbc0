/**
 * "Focus mode": a toggle button (aria-pressed) that makes the lab fill the window, with the rest
 * of the page inert; Esc, or the button again, returns to the lesson with focus back on the
 * button. The narrator says what happened, so a screen-reader user hears the change too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { enterFocusMode } from './focusMode';

export interface FocusToggleProps {
  say: (message: string) => void;
}

export function FocusToggle({ say }: FocusToggleProps) {
  const button = useRef<HTMLButtonElement>(null);
  const leave = useRef<(() => void) | null>(null);
  const [on, setOn] = useState(false);

  const exit = () => {
    leave.current?.();
    leave.current = null;
    setOn(false);
    button.current?.focus();
    say('Focus mode off: back in the lesson.');
  };
  const enter = () => {
    const lab = button.current?.closest<HTMLElement>('[data-widget="lab"]');
    if (!lab) return;
    leave.current = enterFocusMode(lab);
    setOn(true);
    lab.scrollTop = 0;
    say('Focus mode: the lab fills the window. Press Esc to return to the lesson.');
  };

  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      exit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [on]);
  // Leaving the page (or the island unmounting) must not leave the rest of it inert.
  useEffect(() => () => leave.current?.(), []);

  return (
    <p class="lab-focus">
      <button
        ref={button}
        type="button"
        class="bl-button lab-focus-toggle"
        aria-pressed={on}
        onClick={() => (on ? exit() : enter())}
      >
        <FocusIcon on={on} /> <span class="lab-focus-label">Focus mode</span>
      </button>
      {on && <small class="lab-focus-hint"> Esc returns</small>}
    </p>
  );
}

/** Four corners pointing out (enter) or in (leave): drawn, since no system font is sure to have ⛶. */
function FocusIcon({ on }: { on: boolean }) {
  const d = on
    ? 'M6 1v5H1M10 1v5h5M6 15v-5H1M10 15v-5h5'
    : 'M1 6V1h5M15 6V1h-5M1 10v5h5M15 10v5h-5';
  return (
    <svg class="lab-focus-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path d={d} fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}
