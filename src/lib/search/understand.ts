// Query understanding: what a person in trouble typed, as the words to search. The query is cut
// into words (segment.ts); question words and particles are dropped; each word is searched as
// itself when the site has it, and as the playbook words the lists map it to; a run of
// characters the search does not know is looked for exactly (it may still be on a page) and,
// failing that, as a slip of a known word (fuzzy.ts).
import type { Catalog } from './catalog.ts';
import type { SlipCandidate } from './fuzzy.ts';
import { innerWeight, type Lexicon, termWeight, type WeightedTerm } from './lexicon.ts';
import { hasHan, matchKey } from './phrase.ts';
import { tokenize } from './segment.ts';
import { namePieces } from './vocabulary.ts';

/** One word of the query and how it is searched. */
export interface QueryWord {
  /** As typed (matchKey form). */
  text: string;
  /** known: the site or the word lists know it; exact: found as typed by the exact search;
   * corrected: taken as a slip of `correction`; missing: found nowhere. */
  status: 'known' | 'exact' | 'corrected' | 'missing';
  /** The words searched for it, with how much each counts. */
  terms: WeightedTerm[];
  /** For exact words: the pages (catalog ids) whose text contains it. */
  exactPages?: ReadonlySet<string>;
  /** For corrected words: the word it was taken for. */
  correction?: string;
}

export interface QueryAnalysis {
  words: QueryWord[];
  /** Words left out as question words and particles. */
  dropped: string[];
  /** The query describes something happening (怎么办, 了, 来了 …) rather than asking for knowledge. */
  situation: boolean;
}

/** What understanding needs besides the catalog and the word lists. */
export interface Resolvers {
  /** Catalog ids of the pages whose text contains the text exactly (the Pagefind phrase search). */
  exactPages(text: string): Promise<ReadonlySet<string>>;
  /** Known words the text may be a slip for. */
  slips(text: string, known: Iterable<string>): Promise<SlipCandidate[]>;
}

/** Weight of a query word that is in no title, alias or word list. */
export const genericWeight = 0.7;

/** The words search knows, for the segmenter and the slip check. */
export class QueryContext {
  readonly catalog: Catalog;
  readonly lexicon: Lexicon;
  /** Titles and aliases and their pieces: the words most likely meant. */
  readonly names: ReadonlySet<string>;
  /** Every title and alias, one per line, to tell playbook words from everyday ones. */
  readonly #nameText: string;
  readonly maxLength: number;

  constructor(catalog: Catalog, lexicon: Lexicon) {
    this.catalog = catalog;
    this.lexicon = lexicon;
    this.names = new Set(catalog.pages.flatMap((p) => [p.title, ...p.aliases].flatMap(namePieces)));
    this.#nameText = catalog.pages.flatMap((p) => [p.title, ...p.aliases].map(matchKey)).join('\n');
    let longest = 1;
    for (const word of [
      ...catalog.terms.words(),
      ...lexicon.words,
      ...lexicon.expansions.keys(),
      ...lexicon.stop,
    ]) {
      longest = Math.max(longest, [...word].length);
    }
    this.maxLength = Math.min(longest, 16);
  }

  isWord = (word: string): boolean =>
    this.catalog.terms.has(word) || this.lexicon.expansions.has(word);
  isStop = (word: string): boolean => this.lexicon.stop.has(word);

  /** Every word a slip may have been meant as. */
  knownWords(): Iterable<string> {
    return new Set([...this.catalog.terms.words(), ...this.lexicon.expansions.keys()]);
  }

  /**
   * The searched terms for a known word: itself (if some page has it and it is not vague), what
   * the word lists map it to, and at a discount what they map the words inside it to
   * (直播维权 holds 直播 and 维权).
   */
  termsOf(text: string, source: 'query' | 'slip' = 'query'): WeightedTerm[] {
    const terms: WeightedTerm[] = [];
    const add = (term: WeightedTerm) => {
      if (!this.catalog.terms.has(term.word)) return;
      const known = terms.find((t) => t.word === term.word);
      if (!known) terms.push(term);
      else if (known.weight < term.weight) Object.assign(known, term);
    };
    const discount = source === 'slip' ? termWeight.slip : 1;
    // A single character alone matches too much; only what it stands for is searched. A word no
    // page is named with (达到, 门口) says less about which page is meant than a playbook word.
    const own =
      termWeight[source] *
      (this.#nameText.includes(text) || this.lexicon.words.has(text) ? 1 : genericWeight);
    if ([...text].length >= 2 && !this.lexicon.vague.has(text))
      add({ word: text, weight: own, source });
    for (const expansion of this.lexicon.expansions.get(text) ?? [])
      add({ ...expansion, weight: expansion.weight * discount });
    // A playbook name is searched as it is (带头人 is not widened through 带头).
    const inners = this.names.has(text) ? [] : this.innerKeys(text);
    for (const [inner, expansions] of inners) {
      if (!this.lexicon.vague.has(inner))
        add({ word: inner, weight: innerWeight * discount, source: 'synonym' });
      for (const expansion of expansions)
        add({ ...expansion, weight: expansion.weight * innerWeight * discount });
    }
    return terms;
  }

  /** Words of the lists inside a longer word (two characters or more, not the word itself). */
  innerKeys(text: string): [string, readonly WeightedTerm[]][] {
    const chars = [...text];
    const out: [string, readonly WeightedTerm[]][] = [];
    for (let start = 0; start < chars.length; start++) {
      for (let end = start + 2; end <= chars.length; end++) {
        if (end - start === chars.length) continue;
        const inner = chars.slice(start, end).join('');
        const expansions = this.lexicon.expansions.get(inner);
        if (expansions) out.push([inner, expansions]);
      }
    }
    return out;
  }
}

/**
 * True when the query reads like a situation happening now: it says so (怎么办, 了, 来了) or
 * uses an everyday word of a situation (漏水, 记者), and does not ask for knowledge (类型, 步骤).
 */
function isSituation(key: string, words: readonly QueryWord[], lexicon: Lexicon): boolean {
  if (lexicon.knowledgeMarkers.some((m) => key.includes(m))) return false;
  return (
    lexicon.situationMarkers.some((m) => key.includes(m)) ||
    words.some((w) => lexicon.situationWords.has(w.correction ?? w.text))
  );
}

/**
 * The best slip candidate: same-sound slips before other edits, fewer changes, words that
 * name pages, then words that occur together with the rest of the query on some page.
 */
export function pickSlip(
  candidates: readonly SlipCandidate[],
  context: QueryContext,
  others: readonly QueryWord[],
): SlipCandidate | undefined {
  const pagesOf = (word: string) =>
    new Set(context.catalog.terms.postings(word).map((p) => p.page));
  const contextPages = new Set(others.flatMap((w) => w.terms.flatMap((t) => [...pagesOf(t.word)])));
  let best: { candidate: SlipCandidate; score: number } | undefined;
  for (const candidate of candidates) {
    const terms = context.termsOf(candidate.word, 'slip');
    if (terms.length === 0) continue;
    const pages = new Set(terms.flatMap((t) => [...pagesOf(t.word)]));
    const together = [...pages].filter((p) => contextPages.has(p)).length;
    const score =
      (candidate.kind === 'homophone' ? 2 : 0) -
      candidate.changes +
      (context.names.has(candidate.word) || context.lexicon.expansions.has(candidate.word)
        ? 1.5
        : 0) +
      Math.log(1 + together) +
      0.2 * Math.log(1 + pages.size);
    if (
      !best ||
      score > best.score ||
      (score === best.score && candidate.word < best.candidate.word)
    )
      best = { candidate, score };
  }
  return best?.candidate;
}

/** Longest piece of an unknown run tried on its own as a slip. */
const maxSlipWindow = 4;

/** Cuts the query and searches each of its words (exact search and slip check only where needed). */
export async function understandQuery(
  key: string,
  context: QueryContext,
  resolvers: Resolvers,
): Promise<QueryAnalysis> {
  const tokens = tokenize(key, {
    isWord: context.isWord,
    isStop: context.isStop,
    maxLength: context.maxLength,
  });
  const dropped = tokens.filter((t) => t.kind === 'stop').map((t) => t.text);
  const known = context.knownWords();
  const termy = (word: string) =>
    context.names.has(word) ||
    context.lexicon.words.has(word) ||
    context.lexicon.expansions.has(word);
  const words: (QueryWord & { at: number })[] = [];
  const replaced = new Set<number>();

  /** The slip a text is most likely meant as, among words that pass the filter. */
  const slipFor = async (
    text: string,
    keep: (word: string, kind: SlipCandidate['kind']) => boolean,
    others: readonly QueryWord[],
  ) =>
    pickSlip(
      (await resolvers.slips(text, known)).filter((c) => keep(c.word, c.kind)),
      context,
      others,
    );

  // Known words first: the slip check weighs candidates by the company they keep.
  tokens.forEach((token, at) => {
    if (token.kind === 'stop') return;
    const terms = context.termsOf(token.text);
    if ((token.kind === 'word' || token.kind === 'latin') && terms.length > 0)
      words.push({ text: token.text, status: 'known', terms, at });
  });
  const knownWords = [...words];

  await Promise.all(
    tokens.map(async (token, at) => {
      if (token.kind === 'stop' || words.some((w) => w.at === at)) return;
      const chars = [...token.text];
      if (chars.length === 1 && hasHan(token.text)) {
        if (token.kind !== 'unknown') return;
        // A lone character may make a word with the next word past the particles (抢一个客户: 抢客户).
        for (const step of [1, -1]) {
          let other = at + step;
          while (tokens[other]?.kind === 'stop' && tokens[other]?.run === token.run) other += step;
          const neighbour = tokens[other];
          if (
            !neighbour ||
            neighbour.run !== token.run ||
            neighbour.kind === 'unknown' ||
            other === at + step
          )
            continue;
          const joined = step > 0 ? token.text + neighbour.text : neighbour.text + token.text;
          const terms = context.termsOf(joined);
          if (terms.length === 0 || !context.catalog.terms.has(joined)) continue;
          const wordAt = words.findIndex((w) => w.at === other);
          if (wordAt >= 0) replaced.add(wordAt);
          words.push({ text: joined, status: 'known', terms, at });
          return;
        }
        // A lone unknown character is most likely a slip inside the word next to it: 售楼出 is
        // 售楼处 (the word kept, the character wrong), 契说 is 契税 (the character kept, the
        // particle next to it wrong). Only words that name something are taken.
        for (const [neighbour, before] of [
          [tokens[at + 1], false],
          [tokens[at - 1], true],
        ] as const) {
          if (!neighbour || neighbour.run !== token.run || neighbour.kind === 'unknown') continue;
          const joined = before ? neighbour.text + token.text : token.text + neighbour.text;
          const kept = neighbour.kind === 'stop' ? token.text : neighbour.text;
          const slip = await slipFor(
            joined,
            (w, kind) =>
              kind === 'homophone' &&
              termy(w) &&
              w.includes(kept) &&
              w.length > neighbour.text.length,
            knownWords,
          );
          if (!slip) continue;
          const wordAt = words.findIndex((w) => w.at === at + (before ? -1 : 1));
          if (wordAt >= 0) replaced.add(wordAt);
          words.push({
            text: joined,
            status: 'corrected',
            correction: slip.word,
            terms: context.termsOf(slip.word, 'slip'),
            at,
          });
          return;
        }
        return;
      }
      const [exact, slip] = await Promise.all([
        resolvers.exactPages(token.text),
        slipFor(token.text, () => true, knownWords),
      ]);
      if (exact.size > 0) {
        words.push({
          text: token.text,
          status: 'exact',
          terms: [{ word: token.text, weight: termWeight.exact, source: 'exact' }],
          exactPages: exact,
          at,
        });
        return;
      }
      if (slip) {
        words.push({
          text: token.text,
          status: 'corrected',
          correction: slip.word,
          terms: context.termsOf(slip.word, 'slip'),
          at,
        });
        return;
      }
      words.push(...(await partsOf(token.text, at)));
    }),
  );

  /**
   * A run of unknown characters that is neither on a page nor one slip: it may hold a slipped
   * word beside words the index lacks (顶楼渗露: 渗露 is 渗漏, 顶楼 is on a page as typed).
   */
  async function partsOf(text: string, at: number): Promise<(QueryWord & { at: number })[]> {
    const chars = [...text];
    const found: (QueryWord & { at: number })[] = [];
    const rest: string[] = [];
    let pending = '';
    for (let i = 0; i < chars.length;) {
      let taken = 0;
      for (let size = Math.min(maxSlipWindow, chars.length - 1); size >= 2 && taken === 0; size--) {
        if (i + size > chars.length) continue;
        const piece = chars.slice(i, i + size).join('');
        const slip = await slipFor(
          piece,
          (w, kind) => kind === 'homophone' && termy(w),
          knownWords,
        );
        if (slip) {
          found.push({
            text: piece,
            status: 'corrected',
            correction: slip.word,
            terms: context.termsOf(slip.word, 'slip'),
            at,
          });
          taken = size;
        }
      }
      if (taken > 0) {
        if (pending) rest.push(pending);
        pending = '';
        i += taken;
      } else pending += chars[i++];
    }
    if (pending) rest.push(pending);
    if (found.length === 0) return [{ text, status: 'missing', terms: [], at }];
    for (const piece of rest) {
      if ([...piece].length < 2) continue;
      const exact = await resolvers.exactPages(piece);
      found.push(
        exact.size > 0
          ? {
              text: piece,
              status: 'exact',
              terms: [{ word: piece, weight: termWeight.exact, source: 'exact' }],
              exactPages: exact,
              at,
            }
          : { text: piece, status: 'missing', terms: [], at },
      );
    }
    return found;
  }

  return {
    words: words
      .filter((_, i) => !replaced.has(i))
      .sort((a, b) => a.at - b.at)
      .map(({ at: _at, ...word }) => word),
    dropped,
    situation: isSituation(key, words, context.lexicon),
  };
}
