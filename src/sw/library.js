// Tier 2 of offline use, inside the service worker. scripts/build-sw.mjs writes this file after
// `self.cpLibrary = { version, files }` (every library file's URL → [revision, bytes on the
// wire]) as /sw-library.<version>.js, and sw.js loads it with importScripts before Workbox's own
// code, so these listeners come first. Tier 1 is Workbox's precache and is not handled here.
//
// The page saves library files into the cache below (src/stores/offline.ts), each stamped with
// its revision. A saved file is served while its revision is this version's; otherwise the
// network answers, and offline an older copy still beats nothing.
(() => {
  const cacheName = 'cp-library';
  const revisionHeader = 'x-cp-revision';
  const library = self.cpLibrary;

  // The page asks which files make up the library of the version that controls it.
  self.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'CP_LIBRARY_LIST' && event.ports[0]) {
      event.ports[0].postMessage({ type: 'CP_LIBRARY_LIST', cacheName, revisionHeader, ...library });
    }
  });

  self.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) return;
    // A library page asked for without its slash: the redirect nginx gives, offline too.
    if (request.mode === 'navigate' && !url.pathname.endsWith('/') && library.files[`${url.pathname}/`]) {
      event.respondWith(Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301));
      return;
    }
    const entry = library.files[url.pathname];
    if (!entry) return;
    event.respondWith(respond(request, url.pathname, entry[0]));
  });

  async function respond(request, path, revision) {
    const cache = await caches.open(cacheName);
    const saved = await cache.match(path);
    if (saved && saved.headers.get(revisionHeader) === revision) return saved;
    try {
      return await fetch(request);
    } catch (error) {
      if (saved) return saved;
      if (request.mode === 'navigate') {
        const offline = await caches.match('/offline/index.html', { ignoreSearch: true });
        if (offline) return offline;
      }
      throw error;
    }
  }
})();
