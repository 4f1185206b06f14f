// What of the site is offline on this device, and the download of tier 2 (the library).
// Tier 1 is precached by the service worker itself (scripts/build-sw.mjs). The library's files
// are saved here, by the page, into the cache the service worker reads them from
// (src/sw/library.js), each stamped with its revision; a full download ends with a marker
// naming the library version, so the next page knows at once that everything is there.
import { map } from 'nanostores';
import {
  type ConnectionHints,
  type LibraryList,
  type LibraryProgress,
  libraryPlan,
  maySaveLibraryUnasked,
  staleEntries,
} from '../lib/offline/library';

/** unknown: no service worker answers; installing: tier 1 is being saved; cards: tier 1; all: both tiers. */
export type OfflineTier = 'unknown' | 'installing' | 'cards' | 'all';
/** The library download on this page. */
export type LibraryDownload = 'idle' | 'running' | 'paused' | 'failed' | 'elsewhere';

export interface OfflineState {
  tier: OfflineTier;
  download: LibraryDownload;
  /** Files and bytes of the library saved so far, once known. */
  progress: LibraryProgress | undefined;
  /** The page on screen is saved on this device; undefined until known. */
  pageSaved: boolean | undefined;
  online: boolean;
}

export const $offline = map<OfflineState>({
  tier: 'unknown',
  download: 'idle',
  progress: undefined,
  pageSaved: undefined,
  online: true,
});

/** The person's choice: 'wanted' (tapped download) or 'paused' (cancelled); unset lets the connection decide. */
const wishKey = 'cp:offline-library';
/** Saved in the library cache when a download completes; its body is the library version. */
const completeMarker = '/__cp-library-complete';
/** Files fetched at once: a browser opens six connections to a host; leave room for the page. */
const parallel = 4;

let list: LibraryList | undefined;
let running: AbortController | undefined;

function readWish(): 'wanted' | 'paused' | undefined {
  try {
    const wish = localStorage.getItem(wishKey);
    return wish === 'wanted' || wish === 'paused' ? wish : undefined;
  } catch {
    return undefined;
  }
}

function writeWish(wish: 'wanted' | 'paused'): void {
  try {
    localStorage.setItem(wishKey, wish);
  } catch {
    // Storage blocked: the choice holds for this page.
  }
}

function connectionHints(): ConnectionHints & { connection?: EventTarget } {
  const nav = navigator as Navigator & {
    connection?: EventTarget & { type?: string; saveData?: boolean };
    userAgentData?: { mobile?: boolean };
  };
  return {
    type: nav.connection?.type,
    saveData: nav.connection?.saveData,
    mobile: nav.userAgentData?.mobile,
    ...(nav.connection ? { connection: nav.connection } : {}),
  };
}

function isLibraryList(value: unknown): value is LibraryList {
  const candidate = value as Partial<LibraryList> | undefined;
  return (
    typeof candidate?.version === 'string' &&
    typeof candidate.cacheName === 'string' &&
    typeof candidate.revisionHeader === 'string' &&
    typeof candidate.files === 'object' &&
    candidate.files !== null
  );
}

/** Asks the service worker that controls the page for its library; an older one does not answer. */
function askLibraryList(worker: ServiceWorker): Promise<LibraryList | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(undefined), 5000);
    channel.port1.onmessage = (event: MessageEvent) => {
      clearTimeout(timer);
      resolve(isLibraryList(event.data) ? event.data : undefined);
    };
    worker.postMessage({ type: 'CP_LIBRARY_LIST' }, [channel.port2]);
  });
}

/** URL path → revision of every library file saved on the device. */
async function savedRevisions(cache: Cache, header: string): Promise<Map<string, string>> {
  const saved = new Map<string, string>();
  await Promise.all(
    (await cache.keys()).map(async (request) => {
      const revision = (await cache.match(request))?.headers.get(header);
      if (revision) saved.set(new URL(request.url).pathname, revision);
    }),
  );
  return saved;
}

async function isSaved(path: string): Promise<boolean> {
  // Workbox keeps pages as …/index.html with a revision in the query.
  const candidates = path.endsWith('/') ? [path, `${path}index.html`] : [path];
  for (const candidate of candidates) {
    if (await caches.match(candidate, { ignoreSearch: true })) return true;
  }
  return false;
}

/** Reads what is saved for the version controlling the page, and starts the download if it may. */
async function refresh(): Promise<void> {
  const worker = navigator.serviceWorker.controller;
  if (!worker) return;
  list = await askLibraryList(worker);
  if (!list) {
    $offline.setKey('tier', 'unknown');
    return;
  }
  const cache = await caches.open(list.cacheName);
  const marker = await cache.match(completeMarker);
  const complete = marker !== undefined && (await marker.text()) === list.version;
  $offline.setKey('pageSaved', await isSaved(location.pathname));
  const { progress } = libraryPlan(
    list,
    complete ? new Map() : await savedRevisions(cache, list.revisionHeader),
  );
  if (complete) Object.assign(progress, { done: progress.total, bytesDone: progress.bytesTotal });
  $offline.set({ ...$offline.get(), tier: complete ? 'all' : 'cards', progress });
  if (complete) return;
  const wish = readWish();
  if (!running && (wish === 'paused' || progress.done > 0)) $offline.setKey('download', 'paused');
  if (wish === 'wanted' || (wish === undefined && maySaveLibraryUnasked(connectionHints())))
    void runDownload();
}

/**
 * Watches the service worker and the connection: call once per page. Resolves when the first
 * state is known; does nothing where there is no service worker or Cache Storage.
 */
export async function watchOffline(): Promise<void> {
  const sw = navigator.serviceWorker;
  if (!sw || typeof caches === 'undefined') return;
  $offline.setKey('online', navigator.onLine);
  addEventListener('offline', () => $offline.setKey('online', false));
  addEventListener('online', () => {
    $offline.setKey('online', true);
    const { download, tier } = $offline.get();
    if (tier === 'cards' && (download === 'failed' || readWish() === 'wanted')) void runDownload();
  });
  connectionHints().connection?.addEventListener('change', () => {
    if (
      $offline.get().tier === 'cards' &&
      readWish() === undefined &&
      maySaveLibraryUnasked(connectionHints())
    ) {
      void runDownload();
    }
  });
  // A new version took over (the first install, or an update accepted here or elsewhere).
  sw.addEventListener('controllerchange', () => void refresh());
  if (!sw.controller) $offline.setKey('tier', 'installing');
  await refresh();
}

/** Downloads the rest of the library now, whatever the connection: the person asked. */
export function saveLibrary(): void {
  writeWish('wanted');
  void runDownload();
}

/** Stops the download; what is saved stays, and the next download continues from there. */
export function cancelLibrary(): void {
  writeWish('paused');
  running?.abort();
  $offline.setKey('download', 'paused');
}

async function runDownload(): Promise<void> {
  const current = list;
  if (running || !current) return;
  const abort = (running = new AbortController());
  try {
    const locks = navigator.locks;
    if (!locks) await download(current, abort);
    else {
      // One tab downloads; the others would fetch the same files again.
      await locks.request('cp-library-download', { ifAvailable: true }, async (lock) => {
        if (lock) await download(current, abort);
        else $offline.setKey('download', 'elsewhere');
      });
    }
  } finally {
    running = undefined;
  }
}

async function download(current: LibraryList, abort: AbortController): Promise<void> {
  const cache = await caches.open(current.cacheName);
  const saved = await savedRevisions(cache, current.revisionHeader);
  const { pending, progress } = libraryPlan(current, saved);
  $offline.set({ ...$offline.get(), download: 'running', progress: { ...progress } });
  let next = 0;
  const worker = async () => {
    while (!abort.signal.aborted) {
      const url = pending[next++];
      const file = url === undefined ? undefined : current.files[url];
      if (url === undefined || !file) return;
      const response = await fetch(url, { signal: abort.signal, cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      // The body is stored decoded: the encoding and length of the transfer no longer apply.
      const headers = new Headers(response.headers);
      headers.delete('content-encoding');
      headers.delete('content-length');
      headers.set(current.revisionHeader, file[0]);
      await cache.put(url, new Response(await response.blob(), { status: 200, headers }));
      progress.done += 1;
      progress.bytesDone += file[1];
      $offline.setKey('progress', { ...progress });
    }
  };
  try {
    await Promise.all(Array.from({ length: parallel }, worker));
  } catch {
    const cancelled = abort.signal.aborted;
    abort.abort();
    $offline.setKey('download', cancelled ? 'paused' : 'failed');
    return;
  }
  if (abort.signal.aborted) {
    $offline.setKey('download', 'paused');
    return;
  }
  for (const path of staleEntries(current, saved.keys())) await cache.delete(path);
  await cache.put(completeMarker, new Response(current.version));
  $offline.set({ ...$offline.get(), tier: 'all', download: 'idle', pageSaved: true });
}
