import {
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
  type PersistentListener,
} from '@nanostores/persistent';
import { atom } from 'nanostores';
import {
  guardStorage,
  type GuardedStorage,
  type StorageLike,
  type WriteProblem,
} from '../lib/storage/guarded-storage';
import type { StorageNotice } from '../lib/storage/versioned';

// The one seam between the stores and the browser's storage: every persistent store reads and
// writes through the guarded engine installed here, which reports full and blocked storage
// instead of throwing, and writes held values again when space may have been freed.

export type { StorageNotice, WriteProblem };

/** What the person should know about their stored data, for the storage notice to show. */
export const $storageNotices = atom<StorageNotice[]>([]);

const writeProblems = new Set<StorageNotice['problem']>(['full', 'unavailable', 'newer', 'saved']);

const sameNotices = (a: readonly StorageNotice[], b: readonly StorageNotice[]) =>
  a.length === b.length &&
  a.every((n, i) => n.key === b[i]?.key && n.problem === b[i]?.problem && n.count === b[i]?.count);

/** Reports a problem with a key's stored data, replacing that key's earlier notice of it. */
export function notify(notice: StorageNotice): void {
  const others = $storageNotices
    .get()
    .filter((n) => !(n.key === notice.key && n.problem === notice.problem));
  $storageNotices.set([...others, notice]);
}

/**
 * Follows each write: a problem is reported, and a value saved after one says it is saved now
 * (until the next problem). A write that succeeds also shows the device's storage works again.
 */
function onWrite(key: string, problem: WriteProblem | undefined) {
  const notices = $storageNotices.get();
  const before = notices.find((n) => n.key === key && writeProblems.has(n.problem))?.problem;
  const next = notices.filter(
    (n) =>
      !(
        writeProblems.has(n.problem) &&
        (problem ? n.key === key : n.key === '' || (n.key === key && before !== 'saved'))
      ),
  );
  if (problem) next.push({ key, problem, count: 0 });
  else if (before && before !== 'saved') next.push({ key, problem: 'saved', count: 0 });
  if (!sameNotices(next, notices)) $storageNotices.set(next);
}

const gates = new Map<string, () => WriteProblem | undefined>();

/** Asked before each write of `key`: a problem keeps the value in memory (see GuardEvents.ready). */
export function gate(key: string, ready: () => WriteProblem | undefined): void {
  gates.set(key, ready);
}

const conflicts = new Map<string, (theirs: string | null) => void>();

/**
 * What to do when another tab saves `key` while this page holds a value of it that it could not
 * save: by default the other tab's value would replace it, losing what was done here.
 */
export function onConflict(key: string, resolve: (theirs: string | null) => void): void {
  conflicts.set(key, resolve);
}

let guard: GuardedStorage | undefined;

/** The guarded storage, once installed (always in a browser; in unit tests, by useStorage). */
export const storage = (): GuardedStorage | undefined => guard;

/** Writes again every value that could not be saved. */
export function retrySaving(): void {
  guard?.retry();
}

/** The keys whose latest value is only in memory on this page. */
export function unsaved(): ReadonlyMap<string, WriteProblem> {
  return guard?.unsaved() ?? new Map();
}

export type { PersistentEvents };

/** Installs the guarded engine over `backing`; every store made afterwards uses it. */
export function useStorage(
  backing: StorageLike | undefined,
  events: PersistentEvents,
): GuardedStorage {
  const installed = guardStorage(backing, {
    onChange: onWrite,
    ready: (key) => gates.get(key)?.(),
  });
  guard = installed;
  const wrapped = new Map<PersistentListener, PersistentListener>();
  setPersistentEngine(installed.engine, {
    addEventListener(key: string, listener: PersistentListener, restore: () => void) {
      const onEvent: PersistentListener = (event) => {
        // A storage event's key and newValue are null when another tab cleared the storage.
        const held = installed.unsaved().get(key);
        const resolve = conflicts.get(key);
        if (event.key === key && held && held !== 'newer' && resolve) resolve(event.newValue);
        else listener(event);
        // Another tab wrote or removed something: space may have been freed.
        installed.retry();
      };
      wrapped.set(listener, onEvent);
      events.addEventListener(key, onEvent, restore);
    },
    removeEventListener(key: string, listener: PersistentListener, restore: () => void) {
      events.removeEventListener(key, wrapped.get(listener) ?? listener, restore);
      wrapped.delete(listener);
    },
  });
  return installed;
}

/** How often values held in memory are written again while the page stays open. */
const retryEveryMs = 10_000;

function openLocalStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

if (typeof window !== 'undefined') {
  const installed = useStorage(openLocalStorage(), windowPersistentEvents);
  // Said once for the whole device, before any store tries: full storage is not private browsing.
  const probe = '__cp_probe__';
  const problem = installed.write(probe, probe) ?? installed.write(probe, undefined);
  if (problem) notify({ key: '', problem, count: 0 });
  document.addEventListener('visibilitychange', retrySaving);
  addEventListener('pageshow', retrySaving);
  setInterval(() => {
    if (installed.unsaved().size > 0) installed.retry();
  }, retryEveryMs);
}
