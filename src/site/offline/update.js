// The notice that a new build of the course is waiting, and the reload into it.
const NOTICE = 'A new version of Balloon Lab is ready.';

export function offerUpdate(worker, updating) {
  if (document.querySelector('.bl-update')) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !updating) return;
    reloading = true;
    location.reload();
  });
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
