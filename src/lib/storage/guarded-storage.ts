// The storage engine every persisted store writes through (handed to @nanostores/persistent's
// setPersistentEngine). A write the browser refuses is kept in memory instead of being lost or
// thrown, reported once per key, and written again when `retry` is called.

/** The part of the Web Storage API the site uses; tests pass their own. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Why a value is only in memory: 'full' (the quota is reached), 'unavailable' (storage is blocked,
 * e.g. by a privacy setting) or 'newer' (a newer version of the site wrote this key, which must
 * stay untouched).
 */
export type WriteProblem = 'full' | 'unavailable' | 'newer';

/** What the guard tells its owner. */
export interface GuardEvents {
  /** After every write: the key's value is saved (problem undefined), or only kept in memory and why. */
  onChange(key: string, problem: WriteProblem | undefined): void;
  /** Asked before each write of a key: a problem holds the value in memory instead. */
  ready?(key: string): WriteProblem | undefined;
}

export interface GuardedStorage {
  /** The object @nanostores/persistent reads and writes by key. */
  readonly engine: Record<string, string>;
  /** The keys whose latest value is only in memory, with why. */
  unsaved(): ReadonlyMap<string, WriteProblem>;
  /** Writes every value held in memory again, e.g. once space may have been freed. */
  retry(): void;
  /** Reads a key from the browser's storage itself, ignoring values held in memory. */
  read(key: string): string | undefined;
  /** Writes a key straight to the browser's storage; the problem when it could not. */
  write(key: string, value: string | undefined): WriteProblem | undefined;
}

/** Whether an error thrown by setItem means the quota is reached (names differ by browser). */
export function problemOf(error: unknown): WriteProblem {
  const { name, code } = (error ?? {}) as { name?: string; code?: number };
  return name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
    ? 'full'
    : 'unavailable';
}

/**
 * Wraps the browser's storage (undefined when even reaching it throws). Reads see the values held
 * in memory, so a store that could not save still shows, after a restore or a reload of its
 * value, what the person did on this page.
 */
export function guardStorage(
  backing: StorageLike | undefined,
  events: GuardEvents,
): GuardedStorage {
  const held = new Map<string, { value: string | undefined; problem: WriteProblem }>();

  const read = (key: string): string | undefined => {
    try {
      return backing?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };

  const write = (key: string, value: string | undefined): WriteProblem | undefined => {
    if (!backing) return 'unavailable';
    try {
      if (value === undefined) backing.removeItem(key);
      else backing.setItem(key, value);
      return undefined;
    } catch (error) {
      return problemOf(error);
    }
  };

  const put = (key: string, value: string | undefined) => {
    const problem = events.ready?.(key) ?? write(key, value);
    if (problem) held.set(key, { value, problem });
    else held.delete(key);
    events.onChange(key, problem);
  };

  const retry = () => {
    for (const [key, { value }] of [...held]) put(key, value);
  };

  const engine = new Proxy({} as Record<string, string>, {
    get: (_, key) =>
      typeof key !== 'string' ? undefined : held.has(key) ? held.get(key)?.value : read(key),
    has: (_, key) =>
      typeof key === 'string' && (held.has(key) ? held.get(key)?.value : read(key)) !== undefined,
    set: (_, key, value) => {
      if (typeof key === 'string') {
        // Space freed since the last failure is used for the older values first.
        if (held.size > 0) retry();
        put(key, String(value));
      }
      return true;
    },
    deleteProperty: (_, key) => {
      if (typeof key === 'string') put(key, undefined);
      return true;
    },
  });

  return {
    engine,
    unsaved: () => new Map([...held].map(([key, { problem }]) => [key, problem])),
    retry,
    read,
    write,
  };
}
