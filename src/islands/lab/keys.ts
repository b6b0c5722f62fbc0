/**
 * The lab's keyboard shortcuts, as a pure mapping from a key press to a lab command. They are
 * bound on the lab's root, so they only act while focus is inside that lab, and they stay out of
 * the way of text fields (the note) and of controls that own their arrow keys (select, range).
 */

/** What kind of element has focus, as far as shortcuts care. */
export type FocusKind = 'text' | 'select' | 'range' | 'other';

export type KeyCommand =
  | { kind: 'step'; cpu: number }
  | { kind: 'back' }
  | { kind: 'forward' }
  | { kind: 'undo' }
  | { kind: 'redo' };

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The command for a key press, or null to let the browser handle it. */
export function keyCommand(press: KeyPress, focus: FocusKind, cpus: number): KeyCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey || focus === 'text') return null;
  const { key } = press;
  if (/^[1-9]$/.test(key))
    return Number(key) <= cpus ? { kind: 'step', cpu: Number(key) - 1 } : null;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    if (focus === 'select' || focus === 'range') return null;
    return { kind: key === 'ArrowLeft' ? 'back' : 'forward' };
  }
  if (key === 'u' || key === 'U') return { kind: 'undo' };
  if (key === 'r' || key === 'R') return { kind: 'redo' };
  return null;
}

/** Classifies the focused element (duck-typed, so the mapping stays testable without a DOM). */
export function focusKind(
  target: { tagName?: string; type?: string; isContentEditable?: boolean } | null,
): FocusKind {
  const tag = target?.tagName?.toUpperCase();
  if (target?.isContentEditable || tag === 'TEXTAREA') return 'text';
  if (tag === 'SELECT') return 'select';
  if (tag !== 'INPUT') return 'other';
  const type = (target?.type ?? 'text').toLowerCase();
  if (type === 'range') return 'range';
  return ['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type) ? 'other' : 'text';
}
