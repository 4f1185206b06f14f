// The term index: for every word of the site's vocabulary, the pages that contain it and how
// much it weighs on each (BM25F: title, aliases, summary, signals and actions count more than
// the body; long pages count each occurrence for less). Built once per build from the page
// texts, shipped with the catalog, and read in the browser without Pagefind.
//
// Occurrences are counted as exact substrings of the page text, so a page is listed under a
// word exactly when its text contains the word: a query that is one word finds every page that
// has it, as the exact search did before.

/** One page as the index sees it: its fields as plain text. */
export interface SearchDocument {
  title: string;
  aliases: readonly string[];
  summary: string;
  /** 预警信号 (incidents) or signs (group-complaint types). */
  signals: readonly string[];
  /** 立即行动 (incidents). */
  actions: readonly string[];
  /** Everything the page shows, the fields above included. */
  body: string;
}

type Field = 'title' | 'aliases' | 'summary' | 'signals' | 'actions' | 'body';

/** BM25F settings: how much an occurrence in each field weighs, and how much length matters. */
export const fieldWeights: Record<Field, { weight: number; b: number }> = {
  title: { weight: 8, b: 0.5 },
  aliases: { weight: 6, b: 0.3 },
  summary: { weight: 3, b: 0.5 },
  signals: { weight: 2.5, b: 0.5 },
  actions: { weight: 2, b: 0.5 },
  body: { weight: 1, b: 0.75 },
};

/** BM25's saturation: the tenth occurrence adds far less than the first. */
export const k1 = 2;
/** Weights are stored as whole numbers: saturation × this (steps of 1/15 are plenty to rank by). */
const weightScale = 15;

/**
 * Small whole numbers as one character each (0–63), larger ones as ~base36. : text that
 * gzip packs far better than JSON numbers, and that needs no escaping in JSON.
 */
const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

export function encodeNumbers(values: readonly number[]): string {
  return values.map((v) => (v < digits.length ? digits[v] : `~${v.toString(36)}.`)).join('');
}

export function decodeNumbers(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '~') {
      const end = text.indexOf('.', i);
      if (end < 0) throw new Error('search index: unterminated number');
      out.push(parseInt(text.slice(i + 1, end), 36));
      i = end;
    } else {
      const value = digits.indexOf(char);
      if (value < 0) throw new Error(`search index: unexpected character ${char}`);
      out.push(value);
    }
  }
  return out;
}

function fieldTexts(doc: SearchDocument): Record<Field, string> {
  return {
    title: doc.title,
    aliases: doc.aliases.join('\n'),
    summary: doc.summary,
    signals: doc.signals.join('\n'),
    actions: doc.actions.join('\n'),
    body: doc.body,
  };
}

/** A character trie of the vocabulary: walking it from each position finds every word there. */
interface TrieNode {
  word?: string;
  next: Map<string, TrieNode>;
}

/** Builds the trie once per vocabulary (words already in matchKey form). */
export function vocabularyTrie(vocabulary: Iterable<string>): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const word of vocabulary) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { next: new Map() }));
      node = child;
    }
    node.word = word;
  }
  return root;
}

/** Counts how often each vocabulary word occurs in the text (overlapping, as substrings). */
export function countWords(text: string, vocabulary: TrieNode): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text.normalize('NFKC').toLowerCase()];
  for (let start = 0; start < chars.length; start++) {
    let node: TrieNode | undefined = vocabulary;
    for (let at = start; node && at < chars.length; at++) {
      node = node.next.get(chars[at] ?? '');
      if (node?.word) counts.set(node.word, (counts.get(node.word) ?? 0) + 1);
    }
  }
  return counts;
}

/** The index as it travels: words in order, and their postings as three number streams. */
export interface TermIndexData {
  /** The vocabulary, sorted, one word per line. */
  words: string;
  /** For each word, how many pages have it (encodeNumbers). */
  counts: string;
  /** For each posting, its page number minus the previous one of the same word. */
  pages: string;
  /** For each posting, the word's weight on the page × weightScale. */
  weights: string;
}

/** Builds the index of the documents over a vocabulary; words no page contains are dropped. */
export function buildTermIndex(
  docs: readonly SearchDocument[],
  vocabulary: Iterable<string>,
): TermIndexData {
  const words = new Set(
    [...vocabulary]
      .map((w) => w.normalize('NFKC').toLowerCase())
      .filter((w) => w.length > 0 && !w.includes('\n')),
  );
  const trie = vocabularyTrie(words);
  const fields = Object.keys(fieldWeights) as Field[];
  const perDoc = docs.map((doc) => {
    const texts = fieldTexts(doc);
    const lengths = {} as Record<Field, number>;
    const counts = {} as Record<Field, Map<string, number>>;
    for (const field of fields) {
      lengths[field] = [...texts[field]].length;
      counts[field] = countWords(texts[field], trie);
    }
    return { lengths, counts };
  });
  const average = {} as Record<Field, number>;
  for (const field of fields) {
    const present = perDoc.map((d) => d.lengths[field]).filter((n) => n > 0);
    average[field] = present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : 1;
  }

  const byWord = new Map<string, [number, number][]>();
  perDoc.forEach((doc, page) => {
    const seen = new Set<string>();
    for (const field of fields) for (const word of doc.counts[field].keys()) seen.add(word);
    for (const word of seen) {
      let tf = 0;
      for (const field of fields) {
        const count = doc.counts[field].get(word) ?? 0;
        if (count === 0) continue;
        const { weight, b } = fieldWeights[field];
        tf += (weight * count) / (1 - b + (b * doc.lengths[field]) / average[field]);
      }
      const saturated = (tf * (k1 + 1)) / (tf + k1);
      const list = byWord.get(word) ?? [];
      list.push([page, Math.max(1, Math.round(saturated * weightScale))]);
      byWord.set(word, list);
    }
  });

  const sorted = [...byWord.keys()].sort();
  const counts: number[] = [];
  const pages: number[] = [];
  const weights: number[] = [];
  for (const word of sorted) {
    const list = byWord.get(word) ?? [];
    counts.push(list.length);
    let previous = 0;
    for (const [page, weight] of list) {
      pages.push(page - previous);
      weights.push(weight);
      previous = page;
    }
  }
  return {
    words: sorted.join('\n'),
    counts: encodeNumbers(counts),
    pages: encodeNumbers(pages),
    weights: encodeNumbers(weights),
  };
}

/** One page that contains a word, and the word's BM25F weight there (saturated term frequency). */
export interface Posting {
  page: number;
  weight: number;
}

/** The index in the browser: look up a word's pages and its rarity. */
export class TermIndex {
  readonly pageCount: number;
  readonly #postings = new Map<string, Posting[]>();

  constructor(data: TermIndexData, pageCount: number) {
    this.pageCount = pageCount;
    const words = data.words === '' ? [] : data.words.split('\n');
    const counts = decodeNumbers(data.counts);
    const pages = decodeNumbers(data.pages);
    const weights = decodeNumbers(data.weights);
    if (counts.length !== words.length || pages.length !== weights.length) {
      throw new Error('search index: postings do not match the word list');
    }
    let at = 0;
    words.forEach((word, w) => {
      const list: Posting[] = [];
      let page = 0;
      for (let i = 0; i < (counts[w] ?? 0); i++, at++) {
        page += pages[at] ?? 0;
        list.push({ page, weight: (weights[at] ?? 0) / weightScale });
      }
      this.#postings.set(word, list);
    });
    if (at !== pages.length) throw new Error('search index: postings do not match the word list');
  }

  has(word: string): boolean {
    return this.#postings.has(word);
  }

  /** Every word of the vocabulary. */
  words(): IterableIterator<string> {
    return this.#postings.keys();
  }

  postings(word: string): readonly Posting[] {
    return this.#postings.get(word) ?? [];
  }

  /** How many pages contain the word. */
  pagesWith(word: string): number {
    return this.#postings.get(word)?.length ?? 0;
  }

  /** BM25's inverse document frequency: rare words weigh more; never negative. */
  idf(pages: number): number {
    return Math.log(1 + (this.pageCount - pages + 0.5) / (pages + 0.5));
  }
}
