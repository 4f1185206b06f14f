// Tier 2 of offline use, inside the service worker, and a faster start for tier 1.
// scripts/build-sw.mjs writes this file after `self.cpLibrary = { version, files }` (every
// library file's URL → [revision, bytes on the wire]) and `self.cpTier1` (Workbox's precache
// list) as /sw-library.<version>.js; sw.js loads it with importScripts before Workbox's own
// code, so these listeners come first. Serving tier 1 is Workbox's job, not this file's.
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
      event.ports[0].postMessage({
        type: 'CP_LIBRARY_LIST',
        cacheName,
        revisionHeader,
        ...library,
      });
    }
  });

  self.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) return;
    // A library page asked for without its slash: the redirect nginx gives, offline too.
    if (
      request.mode === 'navigate' &&
      !url.pathname.endsWith('/') &&
      library.files[`${url.pathname}/`]
    ) {
      event.respondWith(Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301));
      return;
    }
    const entry = library.files[url.pathname];
    if (!entry) return;
    event.respondWith(respond(request, url.pathname, entry[0]));
  });

  // Workbox precaches tier 1 one file at a time (workbox issue 2528): on a phone on 3G that is
  // a round trip per file, half a minute for the incident cards. Six at a time, into Workbox's
  // own cache under its own keys (workbox-precaching 7: the URL with ?__WB_REVISION__=…, or the
  // URL alone for hashed files), from the end of the list while Workbox works from the start:
  // Workbox finds each file there and moves on, and whatever is missing it fetches itself.
  self.addEventListener('install', (event) => {
    event.waitUntil(precacheInParallel().catch(() => undefined));
  });

  // Where the two meet, Workbox asks for a file this is still fetching: it gets a copy of that
  // response instead of a second download (Workbox calls the global fetch).
  const inFlight = new Map();
  const networkFetch = self.fetch.bind(self);
  self.fetch = (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const method = (init && init.method) || (request ? request.method : 'GET');
    const shared =
      method === 'GET' ? inFlight.get(request ? request.url : String(input)) : undefined;
    return shared ? shared.then((response) => response.clone()) : networkFetch(input, init);
  };

  async function precacheInParallel() {
    const cache = await caches.open(`workbox-precache-v2-${self.registration.scope}`);
    const queue = [...self.cpTier1];
    const next = async () => {
      for (let entry = queue.pop(); entry; entry = queue.pop()) {
        const [path, revision] = entry;
        const url = new URL(path, self.location.href);
        const key = new URL(url.href);
        if (revision) key.searchParams.set('__WB_REVISION__', revision);
        if (await cache.match(key.href)) continue;
        const fetching = networkFetch(url.href, {
          cache: revision ? 'reload' : 'default',
          credentials: 'same-origin',
        });
        // A copy taken before the cache consumes the body, for Workbox if it asks meanwhile.
        inFlight.set(
          url.href,
          fetching.then((response) => response.clone()),
        );
        try {
          const response = await fetching;
          if (response.ok && !response.redirected) await cache.put(key.href, response);
        } finally {
          inFlight.delete(url.href);
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, next));
  }

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
