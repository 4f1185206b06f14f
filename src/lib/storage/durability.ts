/** Whether the browser keeps this site's storage when space runs low or the site goes unvisited. */
export type Durability = 'unknown' | 'persisted' | 'best-effort' | 'unsupported';

/** The part of the browser's StorageManager (navigator.storage) this needs; tests pass their own. */
export interface PersistenceApi {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
}

/**
 * Reads whether storage is persistent and, when `ask` is set and it is not, asks for it.
 * Browsers decide silently (Chromium, Safari) or ask the person (Firefox); this never throws.
 */
export async function storageDurability(
  api: PersistenceApi | undefined,
  ask: boolean,
): Promise<Durability> {
  if (!api?.persisted) return 'unsupported';
  try {
    if (await api.persisted()) return 'persisted';
    if (ask && api.persist && (await api.persist())) return 'persisted';
    return 'best-effort';
  } catch {
    return 'unsupported';
  }
}

/** A stored export time, or undefined for anything that is not a plausible past timestamp. */
export function parseExportTime(raw: string | undefined, now: number): number | undefined {
  if (!raw || !/^\d{1,15}$/.test(raw)) return undefined;
  const at = Number(raw);
  // A time from the future (a changed clock, a hand edit) is not trusted as a recent export.
  return at > 0 && at <= now + 60_000 ? at : undefined;
}
