/* Balloon Lab's service worker. VERSION and PRECACHE are written above this line at build time
   (src/site/offline.ts). Pages: network first, the cached copy when offline. Hashed assets: cache
   first. Anything else of this site (the search index): network, cached for the next time. */
const CACHE = `balloon-lab-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('balloon-lab-') && k !== CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// The page's update notice asks the waiting worker to take over.
self.addEventListener('message', (event) => {
  if (event.data === 'balloon-lab:activate') self.skipWaiting();
});

async function fromNetwork(request, cache) {
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

async function answer(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  if (url.pathname.startsWith('/_astro/')) {
    return (await cache.match(request)) ?? fromNetwork(request, cache);
  }
  try {
    return await fromNetwork(request, cache);
  } catch (offline) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    if (request.mode === 'navigate') {
      const notFound = await cache.match('/404.html');
      if (notFound) return notFound;
    }
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(answer(request));
});
