// Build-time half of Traditional detection: derives the Traditional-only characters from
// OpenCC's tables and packs them into a bitmap. Used by scripts/generate-traditional-chars.mjs
// and by the test that checks the committed bitmap is current; never shipped to the browser.
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** The bitmap covers the CJK Unified Ideographs block, where everyday characters live. */
export const bitmapFirst = 0x4e00;
export const bitmapLast = 0x9fff;

function pairs(dict: string): [string, string][] {
  return dict.split('|').map((line) => {
    const [from = '', to = ''] = line.split(' ');
    return [from, to];
  });
}

/**
 * Characters that convert to something else in Simplified Chinese and are not themselves
 * Simplified: 戶 and 賣 are in, 干 (also a Simplified character) is out.
 */
export function traditionalOnlyChars(): string[] {
  const toSimplified = pairs(TSCharacters);
  const simplified = new Set<string>();
  for (const [, to] of toSimplified) for (const char of to) simplified.add(char);
  for (const [from] of pairs(STCharacters)) simplified.add(from);
  return toSimplified
    .filter(([from, to]) => from !== to && !simplified.has(from))
    .map(([from]) => from)
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return [...char].length === 1 && code >= bitmapFirst && code <= bitmapLast;
    });
}

/** One bit per code point from bitmapFirst, base64. */
export function encodeBitmap(chars: readonly string[]): string {
  const bytes = new Uint8Array(Math.ceil((bitmapLast - bitmapFirst + 1) / 8));
  for (const char of chars) {
    const at = (char.codePointAt(0) ?? 0) - bitmapFirst;
    bytes[at >> 3] = (bytes[at >> 3] ?? 0) | (1 << (at & 7));
  }
  return Buffer.from(bytes).toString('base64');
}
