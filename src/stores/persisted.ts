import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { addSetAside, setAsideKey } from '../lib/storage/set-aside';
import {
  decodeCollection,
  encodeCollection,
  unionItems,
  type CollectionFormat,
} from '../lib/storage/versioned';
import { keepDurably } from './durability';
import {
  $storageNotices,
  gate,
  notify,
  onConflict,
  storage,
  unsaved,
  type StorageNotice,
} from './storage';

export { $storageNotices, type StorageNotice };

/** The keys of every list made on this page. */
const listKeys = new Set<string>();

/** Everything set aside from the lists of this page, as one JSON file to keep or hand on. */
export function exportSetAside(): string {
  const slots = Object.fromEntries(
    [...listKeys].flatMap((key) => {
      const text = storage()?.read(setAsideKey(key));
      if (text === undefined) return [];
      try {
        return [[setAsideKey(key), JSON.parse(text) as unknown]];
      } catch {
        return [[setAsideKey(key), text]];
      }
    }),
  );
  return `${JSON.stringify({ kind: 'kesu-weiji-shouce/set-aside', slots }, null, 1)}\n`;
}

/** How a persisted list is kept. */
export interface ListOptions {
  /** Progress worth protecting: once a write succeeds, ask the browser for persistent storage. */
  durable?: boolean;
}

/** A list kept in the browser's storage. */
export interface PersistentList<T> extends WritableAtom<T[]> {
  /** Its storage key. */
  readonly key: string;
  /**
   * Sets the list and writes it. False when it is only kept in memory on this page (storage full,
   * blocked, or holding a newer version's data): the write is tried again later, and the storage
   * notice says so.
   */
  save(items: T[]): boolean;
}

/**
 * A list kept in localStorage, versioned and validated on every read. Invalid parts are moved
 * once to `<key>:set-aside` and reported through $storageNotices; the valid part is kept. A
 * newer version's envelope is read but never overwritten. Writes that fail keep the list in
 * memory for this page, are reported, and are written again when space may have been freed.
 */
export function persistentList<T>(
  key: string,
  format: CollectionFormat<T>,
  options: ListOptions = {},
): PersistentList<T> {
  /** A newer version of the site wrote the key: leave it untouched. */
  let newer = false;
  /** Unreadable values not yet moved to the set-aside slot; the key is not written before they are. */
  let pendingSetAside: unknown[] = [];

  const moveSetAside = (): boolean => {
    const guard = storage();
    if (pendingSetAside.length === 0 || !guard) return true;
    const slot = addSetAside(guard.read(setAsideKey(key)), pendingSetAside, Date.now());
    if (slot !== undefined && guard.write(setAsideKey(key), slot)) return false;
    pendingSetAside = [];
    return true;
  };
  gate(key, () => (newer ? 'newer' : moveSetAside() ? undefined : 'full'));

  const read = (raw: string | null | undefined): T[] => {
    const decoded = decodeCollection(raw, format);
    newer = decoded.problem === 'newer';
    if (!newer) pendingSetAside.push(...decoded.setAside);
    if (decoded.problem) notify({ key, problem: decoded.problem, count: decoded.setAside.length });
    return decoded.items;
  };

  const store = persistentAtom<T[]>(key, [], {
    encode: (items) => encodeCollection(items, format),
    decode: read,
  }) as PersistentList<T>;
  Object.defineProperty(store, 'key', { value: key });

  // Move unreadable values out of the key now, so the next load does not find them again.
  const guard = storage();
  if (guard && pendingSetAside.length > 0 && moveSetAside())
    guard.write(key, encodeCollection(store.get(), format));

  store.save = (items) => {
    store.set(items);
    const saved = !unsaved().has(key);
    if (saved && options.durable) void keepDurably();
    return saved;
  };

  listKeys.add(key);

  // Another tab saved while this page could not: keep both.
  onConflict(key, (theirs) => {
    const merge = format.merge ?? unionItems;
    store.set(merge(theirs === null ? [] : read(theirs), store.get()));
  });
  return store;
}
