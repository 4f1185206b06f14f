import { traditionalBitmap } from './traditional-chars';

const first = 0x4e00;
let bits: Uint8Array | undefined;

function bitmap(): Uint8Array {
  bits ??= Uint8Array.from(atob(traditionalBitmap), (c) => c.charCodeAt(0));
  return bits;
}

/** True if the text has a character only Traditional Chinese uses (戶, 賣, 記…). */
export function hasTraditional(text: string): boolean {
  const table = bitmap();
  for (const char of text) {
    const at = (char.codePointAt(0) ?? 0) - first;
    if (at >= 0 && at < table.length * 8 && ((table[at >> 3] ?? 0) & (1 << (at & 7))) !== 0)
      return true;
  }
  return false;
}
