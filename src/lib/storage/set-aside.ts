// Stored values that could not be read are moved, not deleted, to `<key>:set-aside`, so a later
// version or a person can recover them. Each value is kept once, and the slot stays bounded.

/** One batch of values set aside from a key, and when. */
export interface SetAsideEntry {
  at: number;
  values: unknown[];
}

/** The slot that holds a key's unreadable values. */
export const setAsideKey = (key: string) => `${key}:set-aside`;

/** At most this many batches per key; the oldest go first. */
export const setAsideEntries = 10;
/** At most this many characters per slot, whatever the batches; the oldest go first. */
export const setAsideChars = 1_500_000;

function readSlot(text: string | undefined): SetAsideEntry[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed)
      ? parsed.filter(
          (e): e is SetAsideEntry =>
            typeof e === 'object' && e !== null && Array.isArray((e as SetAsideEntry).values),
        )
      : [];
  } catch {
    // A slot that is not ours is replaced: it held nothing this code could have written.
    return [];
  }
}

/**
 * The slot's new text with `values` added, or undefined when every one of them is already there
 * (the same bad value read again on the next load). Values are compared as JSON text. The newest
 * batch is always kept, even when it alone is over the size bound: it is already in storage,
 * under its own key, and moving it costs no space.
 */
export function addSetAside(
  slot: string | undefined,
  values: readonly unknown[],
  now: number,
): string | undefined {
  const entries = readSlot(slot);
  const seen = new Set(entries.flatMap((e) => e.values.map((v) => JSON.stringify(v))));
  const fresh = values.filter((v) => !seen.has(JSON.stringify(v)));
  if (fresh.length === 0) return undefined;
  const kept = [...entries, { at: now, values: fresh }];
  let text = JSON.stringify(kept);
  while (kept.length > 1 && (kept.length > setAsideEntries || text.length > setAsideChars)) {
    kept.shift();
    text = JSON.stringify(kept);
  }
  return text;
}

/** How many values a slot holds. */
export function setAsideCount(slot: string | undefined): number {
  return readSlot(slot).reduce((n, e) => n + e.values.length, 0);
}
