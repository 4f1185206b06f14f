import type { CatalogPage } from '../../../../src/lib/search/catalog';
import type { PagefindResult, PagefindSearch } from '../../../../src/lib/search/pagefind';

/** A page of the fake site: its catalog record and its indexed text. */
export interface FakePage extends CatalogPage {
  text: string;
}

/**
 * A stand-in for Pagefind over the character index: a quoted query matches pages containing
 * the characters as one run; an unquoted one matches pages containing each of them anywhere,
 * scored by how often they occur. Records every query it is asked.
 */
export function fakePagefind(pages: readonly FakePage[]) {
  const asked: string[] = [];
  const loaded: string[] = [];
  const result = (page: FakePage, score: number): PagefindResult => ({
    id: page.id,
    score,
    data: async () => {
      loaded.push(page.id);
      return { url: page.url, content: page.text, excerpt: '<mark>x</mark>', meta: { title: page.title }, filters: {} };
    },
  });
  return {
    asked,
    loaded,
    async search(query: string): Promise<PagefindSearch> {
      asked.push(query);
      const quoted = /^\s*"(.+)"\s*$/.exec(query);
      const terms = (quoted?.[1] ?? query).split(' ').filter(Boolean);
      const results = pages.flatMap((page) => {
        if (quoted) return page.text.includes(terms.join('')) ? [result(page, 1)] : [];
        if (!terms.every((t) => page.text.includes(t))) return [];
        return [result(page, terms.reduce((sum, t) => sum + page.text.split(t).length - 1, 0))];
      });
      return { results: results.sort((a, b) => b.score - a.score), unfilteredResultCount: results.length };
    },
  };
}

export function catalogOf(pages: readonly FakePage[]): Map<string, CatalogPage> {
  return new Map(pages.map(({ text: _text, ...page }) => [page.id, page]));
}
