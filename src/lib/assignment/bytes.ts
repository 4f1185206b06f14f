/**
 * The byte layer of assignment links and result codes: a writer and reader of unsigned varints
 * and UTF-8 strings, canonical base64url, and CRC-32. Nothing here knows what the bytes mean.
 */

/** Thrown by ByteReader on bytes that do not fit; codecs catch it and return a typed error. */
export class ByteFormatError extends Error {}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** Largest integer a varint may carry: 2^48, far above any time in seconds or count we store. */
const maxVarint = 2 ** 48;

export class ByteWriter {
  #bytes: number[] = [];

  /** An unsigned integer as LEB128 (7 bits a byte, low bits first). */
  uint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0 || value > maxVarint) {
      throw new RangeError(`uint out of range: ${value}`);
    }
    let rest = value;
    while (rest >= 0x80) {
      this.#bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.#bytes.push(rest);
    return this;
  }

  /** Four bytes, least significant first (the order a reflected CRC-32 is appended in). */
  u32(value: number): this {
    this.#bytes.push(
      value & 0xff,
      (value >>> 8) & 0xff,
      (value >>> 16) & 0xff,
      (value >>> 24) & 0xff,
    );
    return this;
  }

  /** Raw bytes preceded by their length. */
  block(bytes: Uint8Array): this {
    this.uint(bytes.length);
    for (const byte of bytes) this.#bytes.push(byte);
    return this;
  }

  /** UTF-8 text preceded by its byte length. */
  string(text: string): this {
    return this.block(utf8Encoder.encode(text));
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.#bytes);
  }
}

export class ByteReader {
  #bytes: Uint8Array;
  #at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  uint(max = maxVarint): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.#bytes[this.#at++];
      if (byte === undefined) throw new ByteFormatError('varint runs past the end');
      value += (byte & 0x7f) * scale;
      if (value > max) throw new ByteFormatError(`value ${value} above ${max}`);
      if ((byte & 0x80) === 0) return value;
      scale *= 0x80;
      if (scale > maxVarint) throw new ByteFormatError('varint too long');
    }
  }

  u32(): number {
    if (this.#at + 4 > this.#bytes.length) throw new ByteFormatError('u32 runs past the end');
    const [a = 0, b = 0, c = 0, d = 0] = this.#bytes.subarray(this.#at, this.#at + 4);
    this.#at += 4;
    return (a | (b << 8) | (c << 16) | (d << 24)) >>> 0;
  }

  block(maxLength: number): Uint8Array {
    const length = this.uint(maxLength);
    if (this.#at + length > this.#bytes.length)
      throw new ByteFormatError('block runs past the end');
    const out = this.#bytes.slice(this.#at, this.#at + length);
    this.#at += length;
    return out;
  }

  string(maxBytes: number): string {
    try {
      return utf8Decoder.decode(this.block(maxBytes));
    } catch (error) {
      if (error instanceof ByteFormatError) throw error;
      throw new ByteFormatError('text is not UTF-8');
    }
  }

  /** Throws unless every byte has been read: trailing bytes mean another format. */
  end(): void {
    if (this.#at !== this.#bytes.length) throw new ByteFormatError('trailing bytes');
  }
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Char code → value, −1 for anything outside the alphabet (typed: decoding hundreds of codes at once). */
const alphabetIndex = new Int8Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) alphabetIndex[alphabet.charCodeAt(i)] = i;

/** Base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += alphabet[(triple >> (18 - 6 * k)) & 0x3f];
  }
  return out;
}

/**
 * Reads base64url, strictly: only the 64 characters, no padding, and unused low bits of the last
 * character must be zero. So every text decodes to different bytes, and any changed character
 * changes the bytes (or is refused), which is what lets the checksum catch it.
 */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (alphabetIndex[code] ?? -1) : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}

const crcTable = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * CRC-32 (IEEE, as in zip and PNG). It catches every error burst up to 32 bits long, so any one
 * changed base64url character (6 bits, at most 2 bytes) is always caught. It is a checksum, not a
 * signature: someone who knows the format can recompute it.
 */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++)
    crc = (crcTable[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A 32-bit number as 8 lowercase hex digits. */
export function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
