import type { StorageLike } from '../../../../src/lib/storage/guarded-storage';

/** A Web Storage with a quota in characters, like a browser's (5 MB there). */
export function quotaStorage(quota: number): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      const after =
        used() -
        (data.has(key) ? key.length + (data.get(key) ?? '').length : 0) +
        key.length +
        value.length;
      if (after > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}
