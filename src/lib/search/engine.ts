// One search, start to finish: Traditional input converted, the query understood
// (understand.ts), pages ranked from the catalog's term index (rank.ts), the best answer and
// the words not found worked out. Pagefind, the converter and the slip tables are passed in and
// loaded only when a query needs them, so this runs the same in the browser and in Node.
import type { Catalog } from './catalog.ts';
import { escapeHtml, excerptHtml } from './excerpt.ts';
import type { Homophones, SlipCandidate, SlipDictionary } from './fuzzy.ts';
import { compileLexicon, type SearchWords } from './lexicon.ts';
import { matchKey, queryParts } from './phrase.ts';
import { bestAnswer, countByCollection, type RankedHit, rankPages } from './rank.ts';
import { hasTraditional } from './traditional.ts';
import { QueryContext, type QueryWord, understandQuery } from './understand.ts';

export interface SearchDeps {
  catalog: Catalog;
  /** The word lists (src/config/search-words.ts). */
  words: SearchWords;
  /** Converts Traditional to Simplified; called only for queries with Traditional characters. */
  toSimplified(text: string): Promise<string>;
  /** Catalog ids of the pages containing the text exactly; called only for words the index lacks. */
  exactSearch(text: string): Promise<ReadonlySet<string>>;
  /** The slip check (fuzzy.ts); loaded only for words the index lacks. */
  loadFuzzy(): Promise<{
    Homophones: new () => Homophones;
    SlipDictionary: new (words: Iterable<string>) => SlipDictionary;
  }>;
}

export interface SearchOutcome {
  query: string;
  /** The query in Simplified Chinese, when it was typed in Traditional. */
  simplified: string | undefined;
  /** The query's words and how each was searched. */
  words: QueryWord[];
  /** Question words and particles left out. */
  dropped: string[];
  hits: RankedHit[];
  /** Hits per collection, for the type filters. */
  counts: Map<string, number>;
  /** The incident shown first as the best answer, when one is a confident match. */
  best: RankedHit | undefined;
  /** Words of the query found on no page. */
  missing: string[];
  /** True when results were found for some of the query's words but not all of them. */
  partial: boolean;
}

/** What a result shows: link, title, type and an excerpt with matches marked (HTML). */
export interface HitView {
  url: string;
  title: string;
  collection: string;
  excerpt: string;
}

/** Sentences longer than this are cut: nobody types more mid-incident. */
export const maxQueryLength = 60;

/** Creates a search function over one catalog; exact searches and slip checks are cached. */
export function createSearch(deps: SearchDeps): (query: string) => Promise<SearchOutcome> {
  const glossary = deps.catalog.pages.filter((p) => p.collection === 'glossary');
  const context = new QueryContext(deps.catalog, compileLexicon(deps.words, glossary));
  const exactCache = new Map<string, Promise<ReadonlySet<string>>>();
  const exactPages = (text: string) => {
    let found = exactCache.get(text);
    if (!found) {
      found = deps.exactSearch(text);
      found.catch(() => exactCache.delete(text));
      exactCache.set(text, found);
    }
    return found;
  };
  let fuzzy: Promise<{ sound: Homophones; dictionary: SlipDictionary }> | undefined;
  const slips = async (text: string, known: Iterable<string>): Promise<SlipCandidate[]> => {
    fuzzy ??= deps
      .loadFuzzy()
      .then((m) => ({ sound: new m.Homophones(), dictionary: new m.SlipDictionary(known) }));
    fuzzy.catch(() => {
      fuzzy = undefined;
    });
    const { sound, dictionary } = await fuzzy;
    return dictionary.candidates(text, sound);
  };

  return async function search(raw: string): Promise<SearchOutcome> {
    const query = raw.slice(0, maxQueryLength);
    const simplified = hasTraditional(query) ? await deps.toSimplified(query) : undefined;
    const key = matchKey(simplified ?? query);
    const analysis = await understandQuery(key, context, { exactPages, slips });
    if (analysis.words.length === 0) {
      // Nothing but a lone character or question words: look for the text as it stands.
      for (const part of queryParts(key)) {
        const pages = await exactPages(part);
        if (pages.size > 0)
          analysis.words.push({ text: part, status: 'exact', terms: [], exactPages: pages });
      }
    }
    const hits = rankPages(analysis, deps.catalog, namesOf(key, analysis.words));
    const missing =
      hits.length > 0
        ? analysis.words.filter((w) => w.status === 'missing').map((w) => w.text)
        : [];
    return {
      query,
      simplified,
      words: analysis.words,
      dropped: analysis.dropped,
      hits,
      counts: countByCollection(hits),
      best: bestAnswer(hits, analysis),
      missing,
      partial: missing.length > 0,
    };
  };
}

/**
 * The query as typed and as understood, for matching page names: slips replaced by the words
 * they were taken for, and a query that is one abbreviation by what it stands for.
 */
export function namesOf(key: string, words: readonly QueryWord[]): string[] {
  let corrected = key;
  for (const word of words)
    if (word.correction) corrected = corrected.replace(word.text, word.correction);
  const names = [key, corrected];
  const [only] = words;
  if (words.length === 1 && only && only.text === key) {
    names.push(
      ...only.terms
        .filter((t) => t.source === 'abbreviation')
        .slice(0, 1)
        .map((t) => t.word),
    );
  }
  return names;
}

/** Reads the text of a page (its Pagefind fragment), for the excerpt. */
export type LoadPageText = (id: string) => Promise<string>;

/** What a hit shows; without the page text, its aliases stand in for the excerpt. */
export async function viewHit(
  hit: RankedHit,
  loadText: LoadPageText,
  excerptLength = 60,
): Promise<HitView> {
  const { page } = hit;
  let excerpt: string | undefined;
  try {
    excerpt = excerptHtml(await loadText(page.id), hit.needles, {
      title: page.title,
      length: excerptLength,
    });
  } catch {
    excerpt = undefined;
  }
  return {
    url: page.url,
    title: page.title,
    collection: page.collection,
    excerpt: excerpt ?? escapeHtml(page.aliases.join('、')),
  };
}
