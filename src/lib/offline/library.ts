// Tier 2 of offline use, the pure part: when the library may be saved without asking, what is
// left to save, and how far along a download is. The service worker's side is src/sw/library.js;
// the store that saves files is src/stores/offline.ts.

/** The library of one version of the site, as the service worker sends it to the page. */
export interface LibraryList {
  /** Changes whenever any library file does. */
  version: string;
  /** The Cache Storage cache the service worker reads saved files from. */
  cacheName: string;
  /** The response header that carries a saved file's revision. */
  revisionHeader: string;
  /** URL path → [revision, bytes on the wire (gzip)]. */
  files: Record<string, readonly [revision: string, bytes: number]>;
}

/** What a browser says about the connection (Network Information API, User-Agent Client Hints). */
export interface ConnectionHints {
  /** navigator.connection.type: 'wifi', 'ethernet', 'cellular' …; absent in most desktop browsers and in Safari. */
  type?: string | undefined;
  /** navigator.connection.saveData: the person turned on a data saver. */
  saveData?: boolean | undefined;
  /** navigator.userAgentData.mobile: absent outside Chromium. */
  mobile?: boolean | undefined;
}

/** Connection types that cost money by the megabyte, or carry nothing. */
const meteredTypes = new Set(['cellular', 'bluetooth', 'wimax', 'mixed', 'none']);

/**
 * Whether the whole library may be downloaded without the person asking: never with a data saver
 * on or on a metered connection; yes on Wi-Fi or Ethernet; and where the browser does not say,
 * only on a desktop browser that says it is one (a phone that does not say is treated as metered).
 */
export function maySaveLibraryUnasked(hints: ConnectionHints): boolean {
  if (hints.saveData === true) return false;
  if (hints.type === 'wifi' || hints.type === 'ethernet') return true;
  if (hints.type !== undefined && meteredTypes.has(hints.type)) return false;
  return hints.mobile === false;
}

/** How far the library is saved: files and bytes. */
export interface LibraryProgress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
}

/** What is left to download, given the revisions saved on the device (URL path → revision). */
export function libraryPlan(
  list: Pick<LibraryList, 'files'>,
  saved: ReadonlyMap<string, string>,
): { pending: string[]; progress: LibraryProgress } {
  const pending: string[] = [];
  const progress: LibraryProgress = { done: 0, total: 0, bytesDone: 0, bytesTotal: 0 };
  for (const [url, [revision, bytes]] of Object.entries(list.files)) {
    progress.total += 1;
    progress.bytesTotal += bytes;
    if (saved.get(url) === revision) {
      progress.done += 1;
      progress.bytesDone += bytes;
    } else pending.push(url);
  }
  return { pending, progress };
}

/** Saved URL paths that are no longer part of the library (removed pages, old hashed files). */
export function staleEntries(
  list: Pick<LibraryList, 'files'>,
  savedPaths: Iterable<string>,
): string[] {
  return [...savedPaths].filter((path) => !Object.hasOwn(list.files, path));
}

/** Megabytes with one decimal, at least 0.1 for anything above zero. */
export function megabytes(bytes: number): string {
  if (bytes <= 0) return '0';
  return Math.max(0.1, Math.round(bytes / 1024 / 102.4) / 10).toFixed(1);
}
