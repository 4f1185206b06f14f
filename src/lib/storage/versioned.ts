import type { WriteProblem } from './guarded-storage';

/** Why stored data could not be read in full. */
export type StoredProblem = 'corrupt' | 'foreign' | 'newer' | 'partial';

/** Something the person should know about their stored data. */
export interface StorageNotice {
  /** The storage key concerned; '' for the device's storage as a whole. */
  key: string;
  /** A reading problem, a writing problem, or 'saved': what could not be saved earlier now is. */
  problem: StoredProblem | WriteProblem | 'saved';
  /** How many stored values were set aside. */
  count: number;
}

/** The result of reading a stored list: what is usable, and what had to be set aside. */
export interface Decoded<T> {
  items: T[];
  /** Values that could not be read, kept so nothing is destroyed. */
  setAside: unknown[];
  problem?: StoredProblem;
  /** The stored version, when it was older and the items were migrated. */
  migratedFrom?: number;
}

/** How one kind of list is stored. */
export interface CollectionFormat<T> {
  /** The current version written into the envelope. */
  version: number;
  /** The item when it is valid, otherwise undefined. */
  parseItem(raw: unknown): T | undefined;
  /** Upgrades an item from version `key` to `key + 1`. */
  migrations?: Record<number, (item: unknown) => unknown>;
  /**
   * Joins what another tab saved (`theirs`) with what this page holds but could not save yet
   * (`mine`), so neither is lost. Without it, items are joined as a union.
   */
  merge?(theirs: T[], mine: T[]): T[];
}

/** Every item of `theirs`, then those of `mine` it does not have (compared as JSON text). */
export function unionItems<T>(theirs: readonly T[], mine: readonly T[]): T[] {
  const seen = new Set(theirs.map((item) => JSON.stringify(item)));
  return [...theirs, ...mine.filter((item) => !seen.has(JSON.stringify(item)))];
}

interface Envelope {
  v: number;
  items: unknown[];
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isInteger((value as Envelope).v) &&
    Array.isArray((value as Envelope).items)
  );
}

/**
 * Reads a stored list written by `encodeCollection`. Never throws: unreadable text, a value of
 * another shape, items that fail validation and items from a newer version are set aside, every
 * valid item is kept, and older versions are migrated item by item.
 */
export function decodeCollection<T>(
  raw: string | null | undefined,
  format: CollectionFormat<T>,
): Decoded<T> {
  if (raw === null || raw === undefined || raw === '') return { items: [], setAside: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { items: [], setAside: [raw], problem: 'corrupt' };
  }
  return decodeEnvelope(parsed, format);
}

/**
 * Reads an already parsed envelope, e.g. one section of an exported file, the same way: every
 * valid item kept, older versions migrated, the rest set aside.
 */
export function decodeEnvelope<T>(parsed: unknown, format: CollectionFormat<T>): Decoded<T> {
  if (!isEnvelope(parsed)) return { items: [], setAside: [parsed], problem: 'foreign' };

  const items: T[] = [];
  const setAside: unknown[] = [];
  for (const original of parsed.items) {
    let item = original;
    for (let v = parsed.v; v < format.version; v++) {
      const migrate = format.migrations?.[v];
      if (!migrate) break;
      try {
        item = migrate(item);
      } catch {
        item = undefined;
        break;
      }
    }
    const valid = format.parseItem(item);
    if (valid === undefined) setAside.push(original);
    else items.push(valid);
  }
  const result: Decoded<T> = { items, setAside };
  if (parsed.v > format.version) result.problem = 'newer';
  else if (setAside.length > 0) result.problem = 'partial';
  if (parsed.v < format.version) result.migratedFrom = parsed.v;
  return result;
}

/** The stored text for a list, in the current version's envelope. */
export function encodeCollection<T>(items: readonly T[], format: CollectionFormat<T>): string {
  return JSON.stringify({ v: format.version, items });
}
