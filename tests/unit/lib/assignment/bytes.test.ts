import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ByteFormatError,
  ByteReader,
  ByteWriter,
  crc32,
  fromBase64Url,
  toBase64Url,
} from '../../../../src/lib/assignment/bytes';

describe('ByteWriter and ByteReader', () => {
  it('round-trip unsigned integers, 32-bit numbers and UTF-8 text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 }),
        fc.nat({ max: 0xffffffff }),
        fc.string({ unit: 'grapheme' }),
        (n, u, text) => {
          const bytes = new ByteWriter().uint(n).u32(u).string(text).bytes();
          const reader = new ByteReader(bytes);
          expect([reader.uint(), reader.u32(), reader.string(10_000)]).toEqual([n, u, text]);
          reader.end();
        },
      ),
    );
  });

  it('writes small integers in one byte and 300 in two', () => {
    expect([...new ByteWriter().uint(0).uint(127).bytes()]).toEqual([0, 127]);
    expect([...new ByteWriter().uint(300).bytes()]).toEqual([0xac, 0x02]);
  });

  it('refuses values above the reader’s limit, reads past the end and trailing bytes', () => {
    expect(() => new ByteReader(new ByteWriter().uint(101).bytes()).uint(100)).toThrow(
      ByteFormatError,
    );
    expect(() => new ByteReader(Uint8Array.of(0x80)).uint()).toThrow(ByteFormatError);
    expect(() => new ByteReader(Uint8Array.of(5, 1, 2)).block(10)).toThrow(ByteFormatError);
    expect(() => new ByteReader(Uint8Array.of(1, 2)).end()).toThrow(ByteFormatError);
  });

  it('refuses bytes that are not UTF-8 as text', () => {
    expect(() => new ByteReader(Uint8Array.of(2, 0xc3, 0x28)).string(10)).toThrow(ByteFormatError);
  });
});

describe('base64url', () => {
  it('round-trips any bytes and uses only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('matches the RFC 4648 alphabet without padding', () => {
    expect(toBase64Url(new TextEncoder().encode('foob'))).toBe('Zm9vYg');
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
  });

  it('refuses padding, other characters, impossible lengths and non-zero spare bits', () => {
    expect(fromBase64Url('Zm9vYg==')).toBeUndefined();
    expect(fromBase64Url('Zm9v+g')).toBeUndefined();
    expect(fromBase64Url('Zm9vY')).toBeUndefined();
    // 'Zh' carries the same first byte as 'Zg' but sets a spare bit: two texts, one value, refused.
    expect(fromBase64Url('Zg')).toEqual(Uint8Array.of(0x66));
    expect(fromBase64Url('Zh')).toBeUndefined();
  });
});

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
