/**
 * The copy buttons of build-time code panels (SeedDiff): they ship hidden, so a page read without
 * JavaScript shows no button that cannot work, and this script shows them and copies their
 * data-copy text, confirming in the live region beside each button.
 */
import { copyText } from '../islands/lib/clipboard';

const SHOWN_MS = 4000;

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const wrap = button.closest<HTMLElement>('.bl-copy');
  const said = wrap?.querySelector('.bl-copy-said');
  if (!wrap || !said) continue;
  wrap.hidden = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    said.textContent = await copyText(button.dataset.copy ?? '');
    clearTimeout(timer);
    timer = setTimeout(() => (said.textContent = ''), SHOWN_MS);
  });
}
