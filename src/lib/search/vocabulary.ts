// The site's vocabulary: the words the term index lists and the query segmenter knows. Built
// from the pages themselves: every title and alias (whole, and cut at punctuation and at
// 或/和/与/及), every word a general Chinese segmenter finds in the text (the runtime's
// Intl.Segmenter, whose ICU dictionary ships with every browser and with Node), and the words
// of src/config/search-words.ts.
import { matchKey } from './phrase.ts';
import type { SearchDocument } from './term-index.ts';

const separators = /[\s\p{P}\p{S}]+/u;
const connectors = /[或和与及]/u;
const han = /^\p{Script=Han}+$/u;
const latinWord = /^[\p{Script=Latin}\p{Nd}]{2,}$/u;
/** A segmenter word that starts or ends with a particle (裂了, 交了, 的人) is not a word of its own. */
const particleEdge = /^[的了着过]|[了的着过吗呢吧啊呀]$/u;
/** Longer segmenter words are phrases nobody types as one word. */
const maxWordLength = 8;

let segmenter: Intl.Segmenter | undefined;

/** Splits text into words with Intl.Segmenter (zh-CN); an empty list where it is missing. */
export function generalWords(text: string): string[] {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return [];
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** A name (title or alias) and the pieces staff may type alone. */
export function namePieces(name: string): string[] {
  const key = matchKey(name);
  const pieces = new Set([key]);
  for (const part of key.split(separators)) {
    if ([...part].length >= 2) pieces.add(part);
    for (const bit of part.split(connectors)) if ([...bit].length >= 2) pieces.add(bit);
  }
  return [...pieces].filter(Boolean);
}

/** Every word of the site worth indexing, with the extra words (the search word lists). */
export function siteVocabulary(
  docs: readonly SearchDocument[],
  extra: Iterable<string> = [],
  segment: (text: string) => string[] = generalWords,
): Set<string> {
  const words = new Set<string>();
  for (const doc of docs) {
    for (const name of [doc.title, ...doc.aliases])
      for (const piece of namePieces(name)) words.add(piece);
    for (const word of segment(doc.body)) {
      const key = matchKey(word);
      const length = [...key].length;
      if (
        (han.test(key) && length >= 2 && length <= maxWordLength && !particleEdge.test(key)) ||
        latinWord.test(key)
      )
        words.add(key);
    }
  }
  for (const word of extra) {
    const key = matchKey(word);
    if ([...key].length >= 2) words.add(key);
  }
  return words;
}
