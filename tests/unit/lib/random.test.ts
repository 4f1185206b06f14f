import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededShuffle, seedFromString } from '../../../src/lib/random';

describe('seededShuffle', () => {
  it('gives the same order for the same seed (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        expect(seededShuffle(items, seed)).toEqual(seededShuffle(items, seed));
      }),
    );
  });

  it('keeps every item exactly once and leaves the input alone (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const before = [...items];
        const shuffled = seededShuffle(items, seed);
        expect(items).toEqual(before);
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('gives different orders for different seeds', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(seededShuffle(items, 'a')).not.toEqual(seededShuffle(items, 'b'));
    expect(seededShuffle(items, 'a')).not.toEqual(items);
  });

  it('hashes seed text stably', () => {
    expect(seedFromString('')).toBe(0x811c9dc5);
    expect(seedFromString('abc')).toBe(seedFromString('abc'));
    expect(seedFromString('abc')).not.toBe(seedFromString('abd'));
  });
});
