/* Registers Balloon Lab's service worker (offline reading) and, when a new build has been
   deployed and is waiting, offers to reload into it. Written into dist/ by src/site/offline.ts. */
const NOTICE = 'A new version of Balloon Lab is ready.';

function offerUpdate(worker) {
  if (document.querySelector('.bl-update')) return;
  const bar = document.createElement('div');
  bar.className = 'bl-update';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = `${NOTICE} `;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'bl-button';
  button.textContent = 'Reload to update';
  button.addEventListener('click', () => worker.postMessage('balloon-lab:activate'));
  bar.append(text, button);
  document.body.append(bar);
}

if ('serviceWorker' in navigator) {
  // The first install takes control without a reload; only a later build replacing an earlier
  // one (after "Reload to update", here or in another tab) reloads the page into it.
  const updating = Boolean(navigator.serviceWorker.controller);
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !updating) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker
    .register('/sw.js')
    .then((registration) => {
      // Only an update needs a notice: the first install simply makes the course work offline.
      const watch = (worker) =>
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller)
            offerUpdate(worker);
        });
      if (registration.waiting && navigator.serviceWorker.controller)
        offerUpdate(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    })
    .catch(() => {
      /* No service worker (private mode, an old browser): the course works online as before. */
    });
}
