/** FNV-1a: turns any seed text (an assignment code, a date) into a 32-bit seed. */
export function seedFromString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast PRNG; the same seed always gives the same sequence. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates); deterministic for a given seed, input left untouched. */
export function seededShuffle<T>(items: readonly T[], seed: number | string): T[] {
  const random = createRandom(typeof seed === 'string' ? seedFromString(seed) : seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * The order in which `count` choices are shown for one attempt: position → content index.
 * What is recorded stays the content index, so stored attempts and codes never depend on it.
 */
export function shownOrder(count: number, seed: number | string): number[] {
  return seededShuffle(
    Array.from({ length: count }, (_, i) => i),
    seed,
  );
}

/** A fresh seed for a practice attempt (not reproducible, and not meant to be). */
export function freshSeed(): string {
  const words = new Uint32Array(2);
  crypto.getRandomValues(words);
  return `${words[0]?.toString(36)}${words[1]?.toString(36)}`;
}
