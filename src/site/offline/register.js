// Offline reading (src/site/offline.ts): register the service worker; a waiting new build loads
// the update notice (sw-update.js). The first install takes control without a reload.
const sw = navigator.serviceWorker;
const updating = Boolean(sw?.controller);
const offer = (w) =>
  sw.controller && import('/sw-update.js').then((m) => m.offerUpdate(w, updating));
sw?.register('/sw.js').then(
  (r) => {
    if (!r) return; // a browser that blocks service workers resolves with nothing
    const watch = (w) =>
      w?.addEventListener('statechange', () => w.state === 'installed' && offer(w));
    if (r.waiting) offer(r.waiting);
    watch(r.installing);
    r.addEventListener('updatefound', () => watch(r.installing));
  },
  () => {},
);
