// Splitting a query into words. Chinese has no spaces, so a run of Han characters is cut with
// a dictionary (the site's own vocabulary, the everyday words staff use and the stop words):
// of all the ways to cut it, the one with the fewest pieces wins, and characters the
// dictionary does not know cost more than words it does. Characters it does not know are
// kept together as an unknown run, for the exact search and the slip check to deal with.

/** How the query's text is cut. */
export type TokenKind = 'word' | 'stop' | 'unknown' | 'latin';

export interface Token {
  /** The text, in matchKey form (NFKC, lower case). */
  text: string;
  kind: TokenKind;
  /** Which run of the query (between spaces and punctuation) the token comes from. */
  run: number;
}

export interface SegmentDictionary {
  /** True for any word the search knows (two or more characters, or a known single one). */
  isWord(word: string): boolean;
  isStop(word: string): boolean;
  /** The longest word, in characters. */
  maxLength: number;
}

const startsHan = /^\p{Script=Han}/u;
const piece = /\p{Script=Han}+|[\p{Script=Latin}\p{Nd}]+/gu;

/** Cost of a piece: known words and stop words 1, each unknown character more. */
const unknownCost = 1.6;

/** Cuts one run of Han characters into dictionary words, stop words and unknown characters. */
export function segmentHan(
  text: string,
  dictionary: SegmentDictionary,
): { text: string; kind: 'word' | 'stop' | 'unknown' }[] {
  const chars = [...text];
  const n = chars.length;
  const best: { cost: number; from: number; kind: 'word' | 'stop' | 'unknown' }[] = [
    { cost: 0, from: -1, kind: 'word' },
  ];
  for (let end = 1; end <= n; end++) {
    let choice = { cost: Infinity, from: end - 1, kind: 'unknown' as 'word' | 'stop' | 'unknown' };
    for (let start = Math.max(0, end - dictionary.maxLength); start < end; start++) {
      const before = best[start];
      if (!before || before.cost === Infinity) continue;
      const word = chars.slice(start, end).join('');
      const stop = dictionary.isStop(word);
      const known = stop || dictionary.isWord(word);
      if (!known && end - start > 1) continue;
      const cost = before.cost + (known ? 1 : unknownCost);
      // Ties go to the longer piece (the earlier start), so 售楼处 beats 售楼 + 处 at equal cost.
      if (cost < choice.cost || (cost === choice.cost && start < choice.from)) {
        choice = { cost, from: start, kind: stop ? 'stop' : known ? 'word' : 'unknown' };
      }
    }
    best[end] = choice;
  }
  const out: { text: string; kind: 'word' | 'stop' | 'unknown' }[] = [];
  for (let end = n; end > 0;) {
    const step = best[end];
    if (!step) break;
    out.unshift({ text: chars.slice(step.from, end).join(''), kind: step.kind });
    end = step.from;
  }
  return out;
}

/**
 * The query's tokens in order. Han runs are segmented; Latin letters and digits stay whole
 * (KPI, 400); adjacent unknown characters are joined into one unknown token.
 */
export function tokenize(key: string, dictionary: SegmentDictionary): Token[] {
  const tokens: Token[] = [];
  let run = 0;
  let lastEnd = -1;
  for (const match of key.matchAll(piece)) {
    // Pieces separated by anything (space, punctuation) belong to different runs.
    if (lastEnd >= 0 && match.index !== lastEnd) run++;
    lastEnd = match.index + match[0].length;
    const text = match[0];
    if (startsHan.test(text)) {
      for (const part of segmentHan(text, dictionary)) {
        const previous = tokens[tokens.length - 1];
        if (part.kind === 'unknown' && previous?.kind === 'unknown' && previous.run === run)
          previous.text += part.text;
        else tokens.push({ ...part, run });
      }
    } else {
      tokens.push({ text, kind: dictionary.isStop(text) ? 'stop' : 'latin', run });
    }
  }
  return tokens;
}
