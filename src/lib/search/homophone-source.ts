// Build-time half of the slip check: the common characters grouped by their toneless pinyin,
// from pinyin-pro. Used by scripts/generate-homophones.mjs and by the test that checks the
// committed table is current; never shipped to the browser.
import { pinyin } from 'pinyin-pro';

/**
 * The 3,755 characters of GB 2312 level 1, the everyday set a phone's input method offers
 * first: decoded from their GB 2312 codes (rows 0xB0–0xD7), so no list has to be kept.
 */
export function commonChars(): string[] {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const char = decoder.decode(new Uint8Array([row, cell]));
      if (/^\p{Script=Han}$/u.test(char)) chars.push(char);
    }
  }
  return chars;
}

/** "syllable + characters" for every syllable, sorted; a character with two readings is in both. */
export function homophoneTable(chars: readonly string[] = commonChars()): string {
  const groups = new Map<string, string>();
  for (const char of chars) {
    const readings = new Set(pinyin(char, { toneType: 'none', multiple: true, type: 'array' }));
    for (const syllable of readings) groups.set(syllable, (groups.get(syllable) ?? '') + char);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([syllable, members]) => syllable + members)
    .join('');
}
