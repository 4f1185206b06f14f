// Build-time half of the catalog: the pages in index order and the term index over their text,
// from the indexed pages (scripts/build-search-index.mjs) or, in tests, from the content files.
import { type CatalogPage, sortPages } from './catalog.ts';
import { lexiconTargets, type SearchWords } from './lexicon.ts';
import { buildTermIndex, type SearchDocument, type TermIndexData } from './term-index.ts';
import { siteVocabulary } from './vocabulary.ts';

/** The pages (sorted by URL: page numbers in the index follow this order) and their term index. */
export function buildCatalogData(
  entries: readonly { page: CatalogPage; document: SearchDocument }[],
  lists: SearchWords,
): { pages: CatalogPage[]; terms: TermIndexData } {
  const sorted = sortPages(entries.map((e) => ({ ...e, url: e.page.url })));
  const documents = sorted.map((e) => e.document);
  const extra = [
    ...Object.keys(lists.everyday),
    ...Object.keys(lists.topics),
    ...Object.keys(lists.abbreviations),
    ...lexiconTargets(lists),
  ];
  return {
    pages: sorted.map((e) => e.page),
    terms: buildTermIndex(documents, siteVocabulary(documents, extra)),
  };
}
