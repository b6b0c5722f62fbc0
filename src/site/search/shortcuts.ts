/** Which key presses reach for search (pure, so they are testable without a DOM). */

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  defaultPrevented?: boolean;
  target?: EventTarget | null;
}

/** Ctrl+K / ⌘+K, which Starlight's search component binds. */
export const isSearchShortcut = (e: KeyPress): boolean =>
  (e.ctrlKey === true || e.metaKey === true) && e.key.toLowerCase() === 'k';

/** A bare "/" typed outside anything that takes text, and not already handled by a widget. */
export function isSlash(e: KeyPress): boolean {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return false;
  const t = e.target as { tagName?: string; isContentEditable?: boolean; type?: string } | null;
  const tag = t?.tagName?.toUpperCase();
  if (t?.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return false;
  if (tag !== 'INPUT') return true;
  return ['button', 'checkbox', 'radio', 'submit', 'reset', 'range'].includes(t?.type ?? 'text');
}
