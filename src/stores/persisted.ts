import { persistentAtom } from '@nanostores/persistent';
import { atom, type WritableAtom } from 'nanostores';
import {
  decodeCollection,
  encodeCollection,
  type CollectionFormat,
  type StorageNotice,
} from '../lib/storage/versioned';
import { keepDurably } from './durability';

export type { StorageNotice };

/** Notices from every persisted list, for the page to show. */
export const $storageNotices = atom<StorageNotice[]>([]);

function notify(notice: StorageNotice) {
  const others = $storageNotices
    .get()
    .filter((n) => !(n.key === notice.key && n.problem === notice.problem));
  $storageNotices.set([...others, notice]);
}

/** Keeps unreadable values under `<key>:set-aside` so a later version or a person can recover them. */
function keepSetAside(key: string, values: unknown[]) {
  try {
    const slot = `${key}:set-aside`;
    const previous = JSON.parse(localStorage.getItem(slot) ?? '[]') as unknown[];
    localStorage.setItem(slot, JSON.stringify([...previous, { at: Date.now(), values }]));
  } catch {
    // If even that fails, the values stay where they were until the next successful write.
  }
}

function storageAvailable(): boolean {
  try {
    const probe = '__cp_probe__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** How a persisted list is kept. */
export interface ListOptions {
  /** Progress worth protecting: once a write succeeds, ask the browser for persistent storage. */
  durable?: boolean;
}

/**
 * A list kept in localStorage, versioned and validated on every read. Invalid parts are set aside
 * and reported through $storageNotices; the valid part is kept. Writes that fail (storage full or
 * blocked) keep the list in memory for this page and report it; nothing throws.
 */
export function persistentList<T>(
  key: string,
  format: CollectionFormat<T>,
  options: ListOptions = {},
): WritableAtom<T[]> {
  const store = persistentAtom<T[]>(key, [], {
    encode: (items) => encodeCollection(items, format),
    decode: (raw) => {
      const decoded = decodeCollection(raw, format);
      if (decoded.setAside.length > 0) keepSetAside(key, decoded.setAside);
      if (decoded.problem)
        notify({ key, problem: decoded.problem, count: decoded.setAside.length });
      return decoded.items;
    },
  });
  if (typeof window !== 'undefined' && !storageAvailable())
    notify({ key, problem: 'unavailable', count: 0 });
  const set = store.set.bind(store);
  store.set = (items: T[]) => {
    try {
      set(items);
      if (options.durable) void keepDurably();
    } catch {
      notify({ key, problem: 'full', count: 0 });
      // Keep the value for this page even though it could not be saved.
      const writable = store as unknown as { value: T[]; notify(old: T[]): void };
      const old = writable.value;
      writable.value = items;
      writable.notify(old);
    }
  };
  return store;
}
