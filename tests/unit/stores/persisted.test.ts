import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PersistentListener } from '@nanostores/persistent';
import { quotaStorage } from '../lib/storage/quota-storage';

// The stores over the guarded engine, with a storage that has a quota and a tab's events.

afterEach(() => vi.resetModules());

interface Item {
  id: string;
  n: number;
}

async function setup(quota = 10_000) {
  const backing = quotaStorage(quota);
  const listeners = new Set<PersistentListener>();
  const storage = await import('../../../src/stores/storage');
  storage.useStorage(backing, {
    addEventListener: (_key, listener) => void listeners.add(listener),
    removeEventListener: (_key, listener) => void listeners.delete(listener),
  });
  const { persistentList } = await import('../../../src/stores/persisted');
  const { formatOf, number, object, text } = await import('../../../src/lib/storage/schema');
  const format = formatOf<Item>(object({ id: text({ min: 1 }), n: number() }));
  /** Another tab writes `key`. */
  const otherTab = (key: string, value: string) => {
    backing.setItem(key, value);
    for (const listener of listeners) listener({ key, newValue: value });
  };
  return {
    backing,
    storage,
    format,
    otherTab,
    list: (key = 'k') => persistentList<Item>(key, format),
  };
}

const envelope = (items: unknown[], v = 1) => JSON.stringify({ v, items });

describe('persistent lists over the guarded engine', () => {
  it('says a save failed when the quota is full, keeps the value, and saves it once space is freed', async () => {
    const { backing, storage, list } = await setup(60);
    const store = list();
    store.listen(() => {});
    backing.setItem('filler', 'x'.repeat(40));
    expect(store.save([{ id: 'a', n: 1 }])).toBe(false);
    expect(store.get()).toEqual([{ id: 'a', n: 1 }]);
    expect(storage.$storageNotices.get()).toEqual([{ key: 'k', problem: 'full', count: 0 }]);

    backing.removeItem('filler');
    storage.retrySaving();
    expect(JSON.parse(backing.getItem('k') ?? '')).toEqual({ v: 1, items: [{ id: 'a', n: 1 }] });
    expect(storage.$storageNotices.get()).toEqual([{ key: 'k', problem: 'saved', count: 0 }]);
    // Later saves keep saying so until something goes wrong again.
    expect(store.save([{ id: 'b', n: 2 }])).toBe(true);
    expect(storage.$storageNotices.get()).toEqual([{ key: 'k', problem: 'saved', count: 0 }]);
  });

  it('sets unreadable items aside once, however often the page loads, and keeps the valid ones', async () => {
    let env = await setup();
    env.backing.setItem('k', envelope([{ id: 'a', n: 1 }, { id: 7 }]));
    const backing = env.backing;
    expect(env.list().get()).toEqual([{ id: 'a', n: 1 }]);
    for (let load = 0; load < 3; load++) {
      vi.resetModules();
      env = await setup();
      // The same device: carry its storage over.
      for (const [key, value] of backing.data) env.backing.setItem(key, value);
      expect(env.list().get()).toEqual([{ id: 'a', n: 1 }]);
      for (const [key, value] of env.backing.data) backing.data.set(key, value);
    }
    const slot = JSON.parse(backing.getItem('k:set-aside') ?? '[]') as { values: unknown[] }[];
    expect(slot.flatMap((e) => e.values)).toEqual([{ id: 7 }]);
    expect(JSON.parse(backing.getItem('k') ?? '')).toEqual({ v: 1, items: [{ id: 'a', n: 1 }] });
  });

  it('does not overwrite the key while its unreadable items cannot be set aside', async () => {
    const { backing, list } = await setup(120);
    const stored = envelope([
      { id: 'a', n: 1 },
      { id: 7, pad: 'y'.repeat(30) },
    ]);
    backing.setItem('k', stored);
    backing.setItem('filler', 'x'.repeat(120 - stored.length - 'k'.length - 'filler'.length));
    const store = list();
    expect(store.save([{ id: 'b', n: 2 }])).toBe(false);
    expect(backing.getItem('k')).toBe(stored);
  });

  it('reads a newer version envelope but never rewrites it', async () => {
    const { backing, storage, list } = await setup();
    const newer = envelope([{ id: 'a', n: 1, extra: true }], 2);
    backing.setItem('k', newer);
    const store = list();
    expect(store.get()).toEqual([{ id: 'a', n: 1 }]);
    expect(store.save([...store.get(), { id: 'b', n: 2 }])).toBe(false);
    expect(backing.getItem('k')).toBe(newer);
    expect(storage.$storageNotices.get().map((n) => n.problem)).toContain('newer');
  });

  it('joins another tab’s save with what this page could not save yet', async () => {
    const { backing, otherTab, list } = await setup(80);
    const store = list();
    store.listen(() => {});
    backing.setItem('filler', 'x'.repeat(50));
    expect(store.save([{ id: 'mine', n: 1 }])).toBe(false);
    backing.removeItem('filler');
    otherTab('k', envelope([{ id: 'theirs', n: 2 }]));
    expect(store.get()).toEqual([
      { id: 'theirs', n: 2 },
      { id: 'mine', n: 1 },
    ]);
    expect(JSON.parse(backing.getItem('k') ?? '').items).toHaveLength(2);
  });

  it('takes another tab’s save as it is when nothing here is unsaved', async () => {
    const { otherTab, list } = await setup();
    const store = list();
    store.listen(() => {});
    store.save([{ id: 'mine', n: 1 }]);
    otherTab('k', envelope([{ id: 'theirs', n: 2 }]));
    expect(store.get()).toEqual([{ id: 'theirs', n: 2 }]);
  });
});
