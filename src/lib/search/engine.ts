// One search, start to finish: expand the query, ask Pagefind for each expansion (phrase
// searches for exactness, an unquoted search for ranking), merge, rank, and fall back to the
// query's words when nothing matches whole. Pagefind and the converter are passed in, so
// this runs the same in the browser and in unit tests.
import type { Catalog, CatalogPage } from './catalog';
import { escapeHtml, excerptHtml, joinMarks } from './excerpt';
import { joinHan } from './index-text';
import type { PagefindResult, PagefindResultData, PagefindSearch } from './pagefind';
import { hasHan, matchKey, phraseQuery, queryParts, rankingQuery } from './phrase';
import { countByCollection, type ExpansionHits, type RankedHit, rankPartial, rankResults, type WordHits } from './rank';
import { type Expansion, expandQuery } from './synonyms';
import { hasTraditional } from './traditional';

export interface SearchDeps {
  pagefind: { search(query: string): Promise<PagefindSearch | null> };
  catalog: Catalog;
  /** Converts Traditional to Simplified; called only for queries with Traditional characters. */
  toSimplified(text: string): Promise<string>;
  /** Splits a sentence into words, for the fallback. */
  segmentWords?(text: string): string[];
}

export interface SearchHit extends RankedHit {
  page: CatalogPage | undefined;
  /** Pagefind's result for the page, whose data() holds the text for the excerpt. */
  result: PagefindResult | undefined;
  /** The texts to mark in the excerpt. */
  needles: string[];
}

export interface SearchOutcome {
  query: string;
  /** The query in Simplified Chinese, when it was typed in Traditional. */
  simplified: string | undefined;
  expansions: Expansion[];
  hits: SearchHit[];
  /** Hits per collection, for the type filters. */
  counts: Map<string, number>;
  /** Set when nothing matched whole: the words the fallback results contain. */
  partialWords: string[] | undefined;
}

/** What a result shows: link, title, type and an excerpt with matches marked (HTML). */
export interface HitView {
  url: string;
  title: string;
  collection: string | undefined;
  excerpt: string;
}

/** Sentences longer than this are cut: nobody types more mid-incident, and Pagefind slows. */
export const maxQueryLength = 60;

/** Question words that say nothing about which page is wanted. */
export const fallbackStopwords = new Set([
  '什么', '怎么', '怎么办', '怎样', '如何', '为什么', '是否', '是不是', '可以', '能不能',
  '应该', '需要', '这个', '那个', '哪些', '一下', '我们', '你们', '他们', '时候', '的话',
]);

/**
 * Words for the fallback: Intl.Segmenter's, keeping words of two or more characters (single
 * characters match nearly every page) and dropping question words.
 */
export function fallbackWords(query: string, segment?: (text: string) => string[]): string[] {
  const words = segment ? segment(query) : defaultSegment(query);
  const kept = words
    .map(matchKey)
    .filter((w) => ([...w].length >= 2 || (w.length > 0 && !hasHan(w))) && !fallbackStopwords.has(w));
  return [...new Set(kept)];
}

function defaultSegment(text: string): string[] {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return queryParts(text);
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

interface PhraseResult {
  exact: Set<string>;
  scores: Map<string, number>;
  results: Map<string, PagefindResult>;
}

/** Creates a search function over one Pagefind instance, caching Pagefind's answers. */
export function createSearch(deps: SearchDeps): (query: string) => Promise<SearchOutcome> {
  const cache = new Map<string, Promise<PagefindSearch | null>>();
  const ask = (query: string) => {
    let answer = cache.get(query);
    if (!answer) {
      answer = deps.pagefind.search(query);
      answer.catch(() => cache.delete(query));
      if (cache.size > 300) cache.delete(cache.keys().next().value ?? '');
      cache.set(query, answer);
    }
    return answer;
  };

  /** Pages containing every part of the text as a phrase, with Pagefind's ranking scores. */
  async function phrase(text: string): Promise<PhraseResult> {
    const parts = queryParts(text);
    const results = new Map<string, PagefindResult>();
    const scores = new Map<string, number>();
    if (parts.length === 0) return { exact: new Set(), scores, results };
    const [ranking, ...phrases] = await Promise.all([ask(rankingQuery(parts)), ...parts.map((p) => ask(phraseQuery(p)))]);
    for (const result of ranking?.results ?? []) {
      scores.set(result.id, result.score);
      results.set(result.id, result);
    }
    let exact: Set<string> | undefined;
    for (const found of phrases) {
      const ids = new Set((found?.results ?? []).map((r) => r.id));
      for (const r of found?.results ?? []) if (!results.has(r.id)) results.set(r.id, r);
      exact = exact ? new Set([...exact].filter((id) => ids.has(id))) : ids;
    }
    return { exact: exact ?? new Set(), scores, results };
  }

  return async function search(raw: string): Promise<SearchOutcome> {
    const query = raw.slice(0, maxQueryLength);
    const simplified = hasTraditional(query) ? await deps.toSimplified(query) : undefined;
    const glossary = [...deps.catalog.values()].filter((p) => p.collection === 'glossary');
    const expansions = expandQuery(query, { simplified, glossary });
    const found = await Promise.all(expansions.map((e) => phrase(e.text)));
    const results = new Map<string, PagefindResult>();
    for (const f of found) for (const [id, r] of f.results) if (!results.has(id)) results.set(id, r);
    const hits: ExpansionHits[] = expansions.map((expansion, i) => ({
      expansion,
      exact: found[i]?.exact ?? new Set(),
      scores: found[i]?.scores ?? new Map(),
    }));
    let ranked = rankResults(hits, deps.catalog);
    let partialWords: string[] | undefined;
    let needles = expansions.flatMap((e) => [e.text, ...queryParts(e.text).filter((p) => [...p].length >= 2)]);

    if (ranked.length === 0) {
      const base = expansions[1]?.source === 'simplified' ? expansions[1] : expansions[0];
      const words = base ? fallbackWords(base.text, deps.segmentWords) : [];
      // One word is worth a try only if it is not the whole query again.
      if (base && words.length > 0 && (words.length > 1 || words[0] !== matchKey(base.text))) {
        const wordFound = await Promise.all(words.map((w) => phrase(w)));
        const wordHits: WordHits[] = words.map((word, i) => ({
          word,
          exact: wordFound[i]?.exact ?? new Set(),
          scores: wordFound[i]?.scores ?? new Map(),
        }));
        for (const f of wordFound) for (const [id, r] of f.results) if (!results.has(id)) results.set(id, r);
        ranked = rankPartial(wordHits, base, deps.catalog);
        if (ranked.length > 0) {
          const shown = new Set(ranked.map((hit) => hit.id));
          partialWords = words.filter((_, i) => [...(wordFound[i]?.exact ?? [])].some((id) => shown.has(id)));
          needles = partialWords;
        }
      }
    }

    return {
      query,
      simplified,
      expansions,
      hits: ranked.map((hit) => ({ ...hit, page: deps.catalog.get(hit.id), result: results.get(hit.id), needles })),
      counts: countByCollection(ranked, deps.catalog),
      partialWords,
    };
  };
}

/** Loads what a hit shows. Falls back to the catalog when Pagefind's data cannot load. */
export async function viewHit(hit: SearchHit, excerptLength = 60): Promise<HitView> {
  const data: PagefindResultData | undefined = await hit.result?.data();
  const title = hit.page?.title ?? (data?.meta.title ? joinHan(data.meta.title) : (data?.url ?? ''));
  const content = joinHan(data?.content ?? '');
  const excerpt =
    excerptHtml(content, hit.needles, { title, length: excerptLength }) ??
    (data ? joinMarks(data.excerpt) : escapeHtml(hit.page?.aliases.join('、') ?? ''));
  return {
    url: hit.page?.url ?? data?.url ?? '',
    title,
    collection: hit.page?.collection ?? data?.meta.collection,
    excerpt,
  };
}
