/**
 * Copying text for a button, with the sentence a live region says afterwards. Every copy button
 * (code panels, embed code) says the same things, so a screen-reader user learns them once.
 */

export const COPIED = 'Copied';
export const NOT_COPIED = 'Could not copy automatically: select the text and copy it yourself.';

/** Copies `text`; resolves with what to announce, never rejects. */
export async function copyText(text: string): Promise<string> {
  try {
    if (!navigator.clipboard) return NOT_COPIED;
    await navigator.clipboard.writeText(text);
    return COPIED;
  } catch {
    return NOT_COPIED;
  }
}
