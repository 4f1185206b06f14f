import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatOf,
  invalid,
  list,
  maxTime,
  nullable,
  number,
  object,
  optional,
  refine,
  text,
  time,
} from '../../../../src/lib/storage/schema';

describe('stored-record schemas', () => {
  const schema = object({
    id: text({ min: 1, max: 5 }),
    at: time,
    tags: list(text(), { max: 2 }),
    note: optional(text()),
    score: nullable(number({ min: 0, max: 1 })),
  });

  it('returns a copy without unknown fields, leaving out absent optional ones', () => {
    const raw = { id: 'a', at: 5, tags: ['x'], score: null, extra: 1 };
    expect(schema(raw)).toEqual({ id: 'a', at: 5, tags: ['x'], score: null });
    expect(schema(raw)).not.toBe(raw);
    expect('note' in (schema(raw) as object)).toBe(false);
  });

  it.each([
    ['a missing field', { at: 5, tags: [], score: 0 }],
    ['text too long', { id: 'abcdef', at: 5, tags: [], score: 0 }],
    ['a list too long', { id: 'a', at: 5, tags: ['1', '2', '3'], score: 0 }],
    ['an item of the wrong type', { id: 'a', at: 5, tags: [1], score: 0 }],
    ['a number out of range', { id: 'a', at: 5, tags: [], score: 2 }],
    ['NaN', { id: 'a', at: Number.NaN, tags: [], score: 0 }],
    ['Infinity', { id: 'a', at: Number.POSITIVE_INFINITY, tags: [], score: 0 }],
    ['a fractional time', { id: 'a', at: 1.5, tags: [], score: 0 }],
    ['a time past the year 9999', { id: 'a', at: maxTime + 1, tags: [], score: 0 }],
    ['a list instead of an object', [1]],
    ['null', null],
  ])('refuses %s', (_label, raw) => {
    expect(schema(raw)).toBe(invalid);
  });

  it('keeps every accepted time formattable as a date', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double(), fc.constantFrom(8.7e15, 1e20, maxTime)),
        (n) => {
          if (time(n) !== invalid) expect(() => new Date(n).toISOString()).not.toThrow();
        },
      ),
    );
  });

  it('checks refinements after the shape', () => {
    const even = refine(number({ int: true }), (n) => n % 2 === 0);
    expect(even(4)).toBe(4);
    expect(even(3)).toBe(invalid);
    expect(even('4')).toBe(invalid);
  });

  it('makes a storage format that parses to undefined instead of `invalid`', () => {
    const format = formatOf(text({ min: 1 }), { version: 2 });
    expect(format.version).toBe(2);
    expect(format.parseItem('a')).toBe('a');
    expect(format.parseItem('')).toBeUndefined();
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(() => schema(raw)).not.toThrow();
      }),
    );
  });
});
