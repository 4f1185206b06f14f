// Merging and ranking: the results of every expansion of a query become one ordered list.
// Only exact matches are ranked (a page contains the expansion as a phrase, or its title or
// an alias does), so scattered characters never appear here; rankPartial handles the
// fallback when nothing matches exactly.
import type { Catalog, CatalogPage } from './catalog';
import { matchKey } from './phrase';
import type { Expansion } from './synonyms';

/** What Pagefind found for one expansion. */
export interface ExpansionHits {
  expansion: Expansion;
  /** Pages whose indexed text contains the expansion (every part, as a phrase). */
  exact: ReadonlySet<string>;
  /** Pagefind's ranking score per page (unquoted search: BM25 plus title/alias boosts). */
  scores: ReadonlyMap<string, number>;
}

/** How a page matched its best expansion. */
export type MatchKind = 'title' | 'alias' | 'body' | 'partial';

export interface RankedHit {
  id: string;
  score: number;
  match: MatchKind;
  /** The expansion that gave the page its score. */
  expansion: Expansion;
}

/** Score parts. A title or alias match outranks any body match; incidents lead among them. */
export const rankWeights = {
  /**
   * A page whose title or alias is exactly what was typed (or its Simplified form) is the page
   * the query names: it leads whatever synonyms find.
   */
  named: 1000,
  fieldEqual: 100,
  fieldContains: 40,
  /** Added to fieldContains in proportion to how much of the title or alias the query covers. */
  fieldCoverage: 30,
  /** The collection staff need first mid-incident, when the query is its title or an alias. */
  priorityBonus: 100,
  /**
   * The same when the query is only part of its title or an alias: enough to lead other
   * partial matches, never enough to pass a page whose title or alias is the query.
   */
  priorityPartialBonus: 15,
  body: 10,
  /** Added to body in proportion to Pagefind's score, relative to the best page. */
  bodyScore: 10,
  /** Share of a page's other expansions' scores added to its best one. */
  otherExpansions: 0.1,
} as const;

export const priorityCollection = 'incidents';

interface FieldMatch {
  score: number;
  kind: 'title' | 'alias';
  equal: boolean;
}

/** How well a page's title or aliases match a text (matchKey form); undefined if not at all. */
export function fieldMatch(page: Pick<CatalogPage, 'title' | 'aliases'>, key: string): FieldMatch | undefined {
  let best: FieldMatch | undefined;
  const names: [string, 'title' | 'alias'][] = [
    [page.title, 'title'],
    ...page.aliases.map((alias): [string, 'alias'] => [alias, 'alias']),
  ];
  for (const [name, kind] of names) {
    const nameKey = matchKey(name);
    let candidate: FieldMatch | undefined;
    if (nameKey === key) candidate = { score: rankWeights.fieldEqual, kind, equal: true };
    else if (key.length > 0 && nameKey.includes(key)) {
      const coverage = key.length / nameKey.length;
      candidate = { score: rankWeights.fieldContains + rankWeights.fieldCoverage * coverage, kind, equal: false };
    }
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
}

function maxScore(scores: ReadonlyMap<string, number>, ids: Iterable<string>): number {
  let max = 0;
  for (const id of ids) max = Math.max(max, scores.get(id) ?? 0);
  return max;
}

/** One ordered list from the exact matches of every expansion. */
export function rankResults(hits: readonly ExpansionHits[], catalog: Catalog): RankedHit[] {
  const perPage = new Map<string, { best: RankedHit; total: number; pagefind: number }>();
  for (const { expansion, exact, scores } of hits) {
    const key = matchKey(expansion.text);
    const candidates = new Set(exact);
    // A title or alias match counts even where the phrase search missed it.
    for (const page of catalog.values()) if (fieldMatch(page, key)) candidates.add(page.id);
    const top = maxScore(scores, candidates) || 1;
    for (const id of candidates) {
      const page = catalog.get(id);
      const field = page ? fieldMatch(page, key) : undefined;
      let score = 0;
      if (field) {
        score += field.score;
        if (page?.collection === priorityCollection) {
          score += field.equal ? rankWeights.priorityBonus : rankWeights.priorityPartialBonus;
        }
      }
      const pagefind = scores.get(id) ?? 0;
      if (exact.has(id)) score += rankWeights.body + rankWeights.bodyScore * (pagefind / top);
      score *= expansion.weight;
      if (field?.equal && (expansion.source === 'query' || expansion.source === 'simplified')) score += rankWeights.named;
      const hit: RankedHit = { id, score, match: field?.kind ?? 'body', expansion };
      const known = perPage.get(id);
      if (!known) perPage.set(id, { best: hit, total: score, pagefind });
      else {
        known.total += score;
        if (score > known.best.score) {
          known.best = hit;
          known.pagefind = pagefind;
        }
      }
    }
  }
  return sortHits(
    [...perPage.values()].map(({ best, total, pagefind }) => ({
      hit: { ...best, score: best.score + rankWeights.otherExpansions * (total - best.score) },
      pagefind,
    })),
    catalog,
  );
}

/** What Pagefind found for one word of a query that matched nothing as a whole. */
export interface WordHits {
  word: string;
  exact: ReadonlySet<string>;
  scores: ReadonlyMap<string, number>;
}

/**
 * The fallback list when no expansion matches exactly: the pages containing the most of the
 * query's words (each as a phrase), best Pagefind scores first.
 */
export function rankPartial(words: readonly WordHits[], expansion: Expansion, catalog: Catalog): RankedHit[] {
  const counts = new Map<string, { count: number; pagefind: number }>();
  for (const { exact, scores } of words) {
    const top = maxScore(scores, exact) || 1;
    for (const id of exact) {
      const known = counts.get(id) ?? { count: 0, pagefind: 0 };
      known.count += 1;
      known.pagefind += (scores.get(id) ?? 0) / top;
      counts.set(id, known);
    }
  }
  const most = Math.max(0, ...[...counts.values()].map((c) => c.count));
  if (most === 0) return [];
  return sortHits(
    [...counts.entries()]
      .filter(([, c]) => c.count === most)
      .map(([id, c]) => ({
        hit: { id, score: c.count * rankWeights.body + c.pagefind, match: 'partial' as const, expansion },
        pagefind: c.pagefind,
      })),
    catalog,
  );
}

function sortHits(entries: { hit: RankedHit; pagefind: number }[], catalog: Catalog): RankedHit[] {
  const url = (id: string) => catalog.get(id)?.url ?? id;
  return entries
    .sort(
      (a, b) =>
        b.hit.score - a.hit.score ||
        b.pagefind - a.pagefind ||
        (url(a.hit.id) < url(b.hit.id) ? -1 : url(a.hit.id) > url(b.hit.id) ? 1 : 0),
    )
    .map((entry) => entry.hit);
}

/** How many hits each collection has, for the type filters. */
export function countByCollection(hits: readonly RankedHit[], catalog: Catalog): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hit of hits) {
    const collection = catalog.get(hit.id)?.collection;
    if (collection) counts.set(collection, (counts.get(collection) ?? 0) + 1);
  }
  return counts;
}
