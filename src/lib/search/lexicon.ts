// The words search knows besides the site's own vocabulary: stop words, everyday words and
// abbreviations mapped onto playbook words, synonym groups, and every glossary alias mapped onto
// its term. The lists themselves are in src/config/search-words.ts.
import { matchKey } from './phrase.ts';

/** The lists in src/config/search-words.ts. */
export interface SearchWords {
  stopWords: readonly string[];
  vagueWords: readonly string[];
  everyday: Readonly<Record<string, readonly string[]>>;
  topics: Readonly<Record<string, readonly string[]>>;
  abbreviations: Readonly<Record<string, readonly string[]>>;
  synonyms: readonly (readonly string[])[];
  situationMarkers: readonly string[];
  knowledgeMarkers: readonly string[];
}

/** Where a searched word came from; the page says which words were searched besides the query's. */
export type TermSource =
  'query' | 'everyday' | 'abbreviation' | 'synonym' | 'term' | 'slip' | 'exact';

/** A word searched for a word of the query, and how much its matches count. */
export interface WeightedTerm {
  word: string;
  weight: number;
  source: TermSource;
}

/** How much a match through each kind of expansion counts against a match of the word itself. */
export const termWeight: Record<TermSource, number> = {
  query: 1,
  exact: 1,
  abbreviation: 1,
  slip: 0.9,
  synonym: 0.9,
  term: 0.85,
  everyday: 0.75,
};

/** Extra factor for words found inside a longer query word (直播 in 直播维权). */
export const innerWeight = 0.8;

export interface Lexicon {
  stop: ReadonlySet<string>;
  /** Words searched only as what they map to. */
  vague: ReadonlySet<string>;
  /** Words the segmenter knows from the lists (keys and targets). */
  words: ReadonlySet<string>;
  /** A word of the query → the other words searched for it. */
  expansions: ReadonlyMap<string, readonly WeightedTerm[]>;
  /** Everyday words of situations: a query with one of them describes something happening. */
  situationWords: ReadonlySet<string>;
  situationMarkers: readonly string[];
  knowledgeMarkers: readonly string[];
}

/**
 * Compiles the lists, and the glossary: a query word that is a term's alias is also searched
 * as the term (漏水 → 渗漏).
 */
export function compileLexicon(
  lists: SearchWords,
  glossary: Iterable<{ title: string; aliases: readonly string[] }> = [],
): Lexicon {
  const expansions = new Map<string, WeightedTerm[]>();
  const words = new Set<string>();
  const add = (from: string, to: string, source: TermSource) => {
    const key = matchKey(from);
    const word = matchKey(to);
    if (!key || !word || key === word) return;
    words.add(key);
    words.add(word);
    const list = expansions.get(key) ?? [];
    const known = list.find((t) => t.word === word);
    const weight = termWeight[source];
    if (!known) list.push({ word, weight, source });
    else if (known.weight < weight) Object.assign(known, { weight, source });
    expansions.set(key, list);
  };
  for (const list of [lists.everyday, lists.topics]) {
    for (const [from, targets] of Object.entries(list))
      for (const to of targets) add(from, to, 'everyday');
  }
  for (const [from, targets] of Object.entries(lists.abbreviations))
    for (const to of targets) add(from, to, 'abbreviation');
  for (const group of lists.synonyms)
    for (const from of group) for (const to of group) add(from, to, 'synonym');
  for (const entry of glossary) {
    // The term's name without its bracketed second name: 开发商（发展商） → 开发商.
    const title = entry.title.replace(/[（(].*?[）)]/g, '');
    for (const alias of entry.aliases) add(alias, title, 'term');
  }
  return {
    stop: new Set(lists.stopWords.map(matchKey)),
    vague: new Set(lists.vagueWords.map(matchKey)),
    words,
    expansions,
    situationWords: new Set(Object.keys(lists.everyday).map(matchKey)),
    situationMarkers: lists.situationMarkers.map(matchKey),
    knowledgeMarkers: lists.knowledgeMarkers.map(matchKey),
  };
}

/** Every word the lists send a search to: each must occur on the site to be of any use. */
export function lexiconTargets(lists: SearchWords): string[] {
  return [
    ...new Set([
      ...Object.values(lists.everyday).flat(),
      ...Object.values(lists.topics).flat(),
      ...Object.values(lists.abbreviations).flat(),
      ...lists.synonyms.flat(),
    ]),
  ];
}
