/**
 * A copy button with a live "Copied" confirmation beside it. It renders nothing until the island
 * runs in the browser, so the static (no-JavaScript) rendering never shows a button that cannot
 * work. `name` is the button's accessible name and starts with its visible label (WCAG 2.5.3).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { copyText, NOT_COPIED } from './clipboard';
import './copy.css';

interface Props {
  /** The text to copy, computed when pressed; a rejection says it could not be copied. */
  text: () => string | Promise<string>;
  label?: string;
  /** e.g. "Copy the code of balloon_page_isolate()". */
  name?: string;
  /** Called after copying, with what was copied (e.g. to show it in a field). */
  onCopied?: (text: string) => void;
}

/** How long the confirmation stays, so that pressing again announces it again. */
const SHOWN_MS = 4000;

export function CopyButton({ text, label = 'Copy', name, onCopied }: Props) {
  const [live, setLive] = useState(false);
  const [said, setSaid] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => setLive(true), []);
  useEffect(() => () => clearTimeout(timer.current), []);
  if (!live) return null;
  const copy = async () => {
    let value: string;
    try {
      value = await text();
    } catch {
      return setSaid(NOT_COPIED);
    }
    setSaid(await copyText(value));
    onCopied?.(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setSaid(''), SHOWN_MS);
  };
  return (
    <span class="bl-copy">
      <button type="button" class="bl-button bl-copy-button" aria-label={name} onClick={copy}>
        {label}
      </button>
      <span class="bl-copy-said" role="status">
        {said}
      </span>
    </span>
  );
}
