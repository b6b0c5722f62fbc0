/**
 * Stands in for `@pagefind/default-ui` (aliased in astro.config.mjs), so that a reading page
 * loads no search code until the reader reaches for search. Starlight's search component imports
 * this module when the page is idle and constructs `PagefindUI` with its options; this class only
 * remembers them and loads the real UI (about 27 KB gzip) on the first sign of intent: the search
 * button hovered, focused or pressed, or Ctrl/⌘+K ("/" presses the button: the Search override's
 * inline script). Search opened before this module arrived (the page's first idle) left an empty
 * dialog open: then the UI loads at once and fills it.
 */
import { isSearchShortcut } from './shortcuts';

type Options = Record<string, unknown>;

export class PagefindUI {
  constructor(options: Options) {
    let loading: Promise<void> | undefined;
    const load = () => (loading ??= start(options));
    const button = document.querySelector<HTMLButtonElement>('button[data-open-modal]');
    for (const event of ['pointerenter', 'focus', 'click', 'touchstart'])
      button?.addEventListener(event, load, { once: true, passive: true });
    addEventListener('keydown', (e) => void (isSearchShortcut(e) && load()));
    if (document.querySelector<HTMLDialogElement>('site-search dialog')?.open) void load();
  }
}

/** Loads and mounts the real Pagefind UI, then hands focus to its input if search is open. */
async function start(options: Options): Promise<void> {
  const { PagefindUI: Real } = await import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');
  new Real(options);
  const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
  if (!dialog?.open) return;
  // Starlight focused the input on open, before it existed; wait for Pagefind to render it.
  for (let i = 0; i < 50 && !dialog.querySelector('input'); i++)
    await new Promise((r) => requestAnimationFrame(r));
  dialog.querySelector('input')?.focus();
}
