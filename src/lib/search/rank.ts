// Ranking: BM25F over the term index. Each word of the query scores a page by its best term
// (the word itself, or a playbook word it maps to, discounted), weighted by how rare the term
// is; a page's score is the sum over the query's words, scaled by how many of them it covers
// and by what kind of page it is (incident cards first when the query describes a situation).
import type { Catalog, CatalogPage } from './catalog.ts';
import type { TermSource } from './lexicon.ts';
import { matchKey } from './phrase.ts';
import type { QueryAnalysis, QueryWord } from './understand.ts';

/** A ranked page and why it is there. */
export interface RankedHit {
  page: CatalogPage;
  score: number;
  /** The query words it matched (their text as typed). */
  matched: string[];
  /** The terms it matched, to mark in its excerpt. */
  needles: string[];
  /** Where its strongest match came from (the query's own words, a synonym …). */
  via: TermSource;
  /** True when the whole query is the page's title or one of its aliases. */
  named: boolean;
}

/** Scoring settings, in one place. */
export const rankSettings = {
  /** How much each kind of page counts, before the query says anything. */
  collectionPrior: {
    incidents: 1.15,
    procedures: 1.05,
    strategies: 1.05,
    forms: 1,
    glossary: 1,
    cases: 0.8,
    drills: 0.55,
    modules: 0.5,
  } as Record<string, number>,
  /** Extra factor for incident cards when the query describes a situation. */
  situationBoost: 1.5,
  /** Exponent on the share of the query's words a page covers (0: ignore coverage). */
  coverageExponent: 0.6,
  /** Score of a page found only by the exact search (text match, no field weights). */
  exactWeight: 1,
  /** The same when the title or an alias contains the text. */
  exactNameWeight: 2.2,
  /** A word found on more than this share of pages does not bring pages in by itself. */
  commonShare: 0.5,
  /** Extra share of a word's score when the matched term is in the page's title. */
  titleBoost: 0.5,
  /** Factor for a title or alias that contains the whole query, by the share it covers. */
  nameContainment: 1,
  /** Added for pages the whole query names; incidents among them first. */
  named: 1000,
  namedIncident: 100,
} as const;

interface WordMatch {
  score: number;
  /** The matched term's weight × rarity, before how often the page uses it. */
  strength: number;
  /** The term is on so many pages that it does not bring pages into the results by itself. */
  common: boolean;
  term: string;
  source: TermSource;
}

/** Per page, the best match of one query word. */
function matchesOf(word: QueryWord, catalog: Catalog): Map<number, WordMatch> {
  const out = new Map<number, WordMatch>();
  const commonAbove = catalog.pages.length * rankSettings.commonShare;
  const keep = (page: number, match: WordMatch) => {
    const known = out.get(page);
    if (!known || match.score > known.score)
      out.set(page, { ...match, common: match.common && (known?.common ?? true) });
    else if (!match.common) known.common = false;
  };
  if (word.exactPages) {
    const idf = catalog.terms.idf(word.exactPages.size);
    catalog.pages.forEach((page, at) => {
      if (!word.exactPages?.has(page.id)) return;
      const inName = [page.title, ...page.aliases].some((name) =>
        matchKey(name).includes(word.text),
      );
      const score = idf * (inName ? rankSettings.exactNameWeight : rankSettings.exactWeight);
      keep(at, {
        score,
        strength: idf,
        common: (word.exactPages?.size ?? 0) > commonAbove,
        term: word.text,
        source: 'exact',
      });
    });
    return out;
  }
  // A word's own rarity caps what its synonyms and mapped words may count: 业主 is common, so
  // its rare synonym 小业主 must not make a page look like a strong match.
  const own = word.correction ?? word.text;
  const ownIdf = catalog.terms.has(own)
    ? catalog.terms.idf(catalog.terms.pagesWith(own))
    : Infinity;
  for (const term of word.terms) {
    const postings = catalog.terms.postings(term.word);
    const direct =
      term.source === 'query' || term.source === 'slip' || term.source === 'abbreviation';
    const idf = direct
      ? catalog.terms.idf(postings.length)
      : Math.min(catalog.terms.idf(postings.length), ownIdf);
    const strength = term.weight * idf;
    const common = postings.length > commonAbove;
    for (const { page, weight } of postings)
      keep(page, {
        score: strength * weight,
        strength,
        common,
        term: term.word,
        source: term.source,
      });
  }
  return out;
}

/**
 * The pages the query finds, best first. `names` are the query as typed and as understood
 * (slips corrected, an abbreviation spelt out): a page whose title or alias is one of them is
 * the page the query names; one whose title or alias contains one counts for more.
 */
export function rankPages(
  analysis: QueryAnalysis,
  catalog: Catalog,
  names: readonly string[] = [],
): RankedHit[] {
  const words = analysis.words.filter((w) => w.status !== 'missing');
  if (words.length === 0) return [];
  const perWord = words.map((word) => matchesOf(word, catalog));
  // A word's importance: the strength of its best term. A page covers the word by the share of
  // that strength its own match has (matching 业主 inside 和业主起冲突 covers little of it).
  const importance = perWord.map((matches) =>
    Math.max(0, ...[...matches.values()].map((m) => m.strength)),
  );
  const total = importance.reduce((a, b) => a + b, 0) || 1;
  // In a query of several words, pages come in through their rarer matches (业主 alone does not
  // bring in every page). A one-word query, or one of common words only, takes every match.
  const candidates = new Set<number>();
  if (perWord.length > 1)
    for (const matches of perWord)
      for (const [page, match] of matches) if (!match.common) candidates.add(page);
  if (candidates.size === 0)
    for (const matches of perWord) for (const page of matches.keys()) candidates.add(page);

  const keys = [...new Set(names.map(matchKey).filter((k) => [...k].length >= 2))];
  const hits: RankedHit[] = [];
  for (const at of candidates) {
    const page = catalog.pages[at];
    if (!page) continue;
    let score = 0;
    let covered = 0;
    let strongest: WordMatch | undefined;
    const matched: string[] = [];
    const needles = new Set<string>();
    const title = matchKey(page.title);
    perWord.forEach((matches, i) => {
      const match = matches.get(at);
      if (!match) return;
      // The title says what the page is about: a word in it counts for more than BM25 alone gives.
      score += match.score * (title.includes(match.term) ? 1 + rankSettings.titleBoost : 1);
      covered += match.strength;
      matched.push(words[i]?.text ?? '');
      needles.add(match.term);
      if (!strongest || match.score > strongest.score) strongest = match;
    });
    const prior =
      (rankSettings.collectionPrior[page.collection] ?? 1) *
      (analysis.situation && page.collection === 'incidents' ? rankSettings.situationBoost : 1);
    score *= prior * (covered / total) ** rankSettings.coverageExponent;
    const pageNames = [page.title, ...page.aliases].map(matchKey);
    const named = pageNames.some((name) => keys.includes(name));
    let containment = 0;
    for (const name of pageNames)
      for (const key of keys)
        if (name.includes(key)) containment = Math.max(containment, key.length / name.length);
    score *= 1 + rankSettings.nameContainment * containment;
    if (named)
      score +=
        rankSettings.named + (page.collection === 'incidents' ? rankSettings.namedIncident : 0);
    hits.push({
      page,
      score,
      matched,
      needles: [...needles],
      via: strongest?.source ?? 'query',
      named,
    });
  }
  return hits.sort(
    (a, b) => b.score - a.score || (a.page.url < b.page.url ? -1 : a.page.url > b.page.url ? 1 : 0),
  );
}

/** Settings of the best-answer card. */
export const bestAnswerSettings = {
  /** The incident must lead the next page by this factor… */
  lead: 1.3,
  /** …and cover this share of the query's found words. */
  coverage: 0.5,
} as const;

/**
 * The incident to show as the best answer, when one is a confident match: it is first, and
 * either the query names it or it leads the next result clearly while matching most of the
 * query's words.
 */
export function bestAnswer(
  hits: readonly RankedHit[],
  analysis: QueryAnalysis,
): RankedHit | undefined {
  const [first, second] = hits;
  if (!first || first.page.collection !== 'incidents' || first.page.steps.length === 0)
    return undefined;
  if (first.named) return first;
  const found = analysis.words.filter((w) => w.status !== 'missing').length;
  if (found === 0 || first.matched.length / found < bestAnswerSettings.coverage) return undefined;
  if (second && first.score < second.score * bestAnswerSettings.lead) return undefined;
  return first;
}

/** How many hits each collection has, for the type filters. */
export function countByCollection(hits: readonly RankedHit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hit of hits)
    counts.set(hit.page.collection, (counts.get(hit.page.collection) ?? 0) + 1);
  return counts;
}
