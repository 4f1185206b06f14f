// Slips: a word the search does not know, close to one it does. On a phone most slips come
// from the input method offering a character with the same sound (买重 for 卖重, 记着 for
// 记者), so same-sound characters count as equal; a longer word may also have one other
// character wrong, missing, doubled or swapped (售楼出 for 售楼处).
import { homophoneTable } from './homophones-table.ts';

/** Toneless pinyin of the common characters, from the generated table. */
export class Homophones {
  readonly #readings = new Map<string, string[]>();

  constructor(table: string = homophoneTable) {
    for (const [, syllable = '', chars = ''] of table.matchAll(
      /(\p{Script=Latin}+)(\p{Script=Han}+)/gu,
    )) {
      for (const char of chars) {
        const list = this.#readings.get(char) ?? [];
        list.push(syllable);
        this.#readings.set(char, list);
      }
    }
  }

  /** True if the two characters share a reading (or are the same character). */
  sameSound(a: string, b: string): boolean {
    if (a === b) return true;
    const left = this.#readings.get(a);
    const right = this.#readings.get(b);
    return !!left && !!right && left.some((s) => right.includes(s));
  }
}

/** A word the text may have been meant as. */
export interface SlipCandidate {
  word: string;
  kind: 'homophone' | 'edit';
  /** How many characters differ. */
  changes: number;
}

/** The known words, grouped by length so a lookup only reads words of nearby lengths. */
export class SlipDictionary {
  readonly #byLength = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      const length = [...word].length;
      if (length < 2 || !/^\p{Script=Han}+$/u.test(word)) continue;
      const list = this.#byLength.get(length) ?? [];
      list.push(word);
      this.#byLength.set(length, list);
    }
  }

  /** Known words that the text may be a slip for; empty if none is close enough. */
  candidates(text: string, sound: Homophones | undefined): SlipCandidate[] {
    const chars = [...text];
    const n = chars.length;
    if (n < 2) return [];
    const out: SlipCandidate[] = [];
    for (const word of this.#byLength.get(n) ?? []) {
      const other = [...word];
      let changes = 0;
      let soundsSame = true;
      for (let i = 0; i < n; i++) {
        if (chars[i] === other[i]) continue;
        changes++;
        if (!sound?.sameSound(chars[i] ?? '', other[i] ?? '')) soundsSame = false;
      }
      if (changes === 0) continue;
      // Every changed character sounds the same: an input-method slip, even for a whole word (教父 → 交付).
      if (soundsSame && changes <= Math.max(2, Math.floor(n / 2)))
        out.push({ word, kind: 'homophone', changes });
      // One wrong character in a longer word, whatever it sounds like.
      else if (n >= 3 && changes === 1) out.push({ word, kind: 'edit', changes });
      else if (n >= 3 && changes === 2 && isSwap(chars, other))
        out.push({ word, kind: 'edit', changes: 1 });
    }
    if (n >= 3) {
      // One character missing (售楼 + 处) or one too many.
      for (const word of this.#byLength.get(n + 1) ?? [])
        if (dropsOne([...word], chars)) out.push({ word, kind: 'edit', changes: 1 });
      for (const word of this.#byLength.get(n - 1) ?? [])
        if (dropsOne(chars, [...word])) out.push({ word, kind: 'edit', changes: 1 });
    }
    return out;
  }
}

/** True if b is a with two adjacent characters swapped. */
function isSwap(a: readonly string[], b: readonly string[]): boolean {
  const at = a.findIndex((c, i) => c !== b[i]);
  return (
    at >= 0 &&
    a[at] === b[at + 1] &&
    a[at + 1] === b[at] &&
    a.slice(at + 2).join('') === b.slice(at + 2).join('')
  );
}

/** True if removing one character from longer gives shorter. */
function dropsOne(longer: readonly string[], shorter: readonly string[]): boolean {
  if (longer.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1).join('') === shorter.slice(i).join('');
}
