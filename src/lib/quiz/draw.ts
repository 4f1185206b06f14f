import { seededShuffle } from '../random';

/**
 * The questions a check asks: `count` of the pool in a seeded order (all of them when count
 * is absent or larger than the pool). Same pool, count and seed, same draw.
 */
export function drawQuestions<T>(pool: readonly T[], seed: number | string, count?: number): T[] {
  const shuffled = seededShuffle(pool, seed);
  return count === undefined ? shuffled : shuffled.slice(0, Math.max(0, count));
}
