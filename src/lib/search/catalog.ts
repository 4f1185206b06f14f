// The search catalog: one small record per indexed page (keyed by Pagefind's page id, which
// names its text fragment) and the term index that ranks them. Written next to the Pagefind
// index by scripts/build-search-index.mjs and fetched on first search: a query is answered
// from this file alone, and page fragments are read only for the excerpts on screen.
// The build script loads this file with Node's type stripping, hence the .ts imports.
import { joinHan } from './index-text.ts';
import { type SearchDocument, TermIndex, type TermIndexData } from './term-index.ts';

/** What the results list needs to know about one indexed page. */
export interface CatalogPage {
  /** Pagefind's page id (the fragment file's name). */
  id: string;
  url: string;
  /** The content collection, e.g. incidents or glossary. */
  collection: string;
  title: string;
  aliases: string[];
  /** An incident's first 立即行动 steps, for the best-answer card; empty for other pages. */
  steps: string[];
}

/** A page fragment as Pagefind writes it (only the fields the catalog reads). */
export interface FragmentLike {
  url: string;
  meta: Record<string, string | undefined>;
}

/** The catalog's file name, in the Pagefind output folder. */
export const catalogFile = 'search-catalog.json';
/** Format version of the file; bump when the layout changes. */
export const catalogVersion = 2;
/** Alias lists are joined with this in the page text and in the aliases metadata. */
export const aliasSeparator = '、';
/** How many 立即行动 steps the best-answer card shows. */
export const bestAnswerSteps = 3;
/**
 * Metadata keys of list items: the incident page marks each 预警信号 item signals1, signals2 …
 * and each 立即行动 item actions1 … (src/components/ListSection.astro, searchMeta).
 */
export const listMeta = { signals: 'signals', actions: 'actions' } as const;

/**
 * A page fragment file after gunzip: a 12-byte signature ("pagefind_dcd"), then JSON.
 * Used by the index build, the browser, the bench and the tests to read what Pagefind indexed.
 */
export function parseFragment(bytes: Uint8Array): FragmentLike & { content: string } {
  return JSON.parse(new TextDecoder().decode(bytes.subarray(12))) as FragmentLike & {
    content: string;
  };
}

function metaList(meta: (key: string) => string, prefix: string): string[] {
  const items: string[] = [];
  for (let n = 1; meta(`${prefix}${n}`); n++) items.push(meta(`${prefix}${n}`));
  return items;
}

/**
 * The catalog record and the indexed text of one page, or an error message naming the page
 * and the missing metadata (the entry layout sets title and collection on every entry).
 */
export function catalogEntry(
  id: string,
  fragment: FragmentLike & { content: string },
): { page: CatalogPage; document: SearchDocument } | string {
  const meta = (key: string) => joinHan(fragment.meta[key] ?? '').trim();
  const title = meta('title');
  const collection = meta('collection');
  if (!title || !collection) {
    return `${fragment.url} (${id}): the indexed page has no ${title ? 'collection' : 'title'} metadata. Index only entry pages rendered by src/layouts/EntryLayout.astro, which sets data-pagefind-meta on the title and the article.`;
  }
  const aliases = meta('aliases')
    .split(aliasSeparator)
    .map((alias) => alias.trim())
    .filter(Boolean);
  const actions = metaList(meta, listMeta.actions);
  return {
    page: {
      id,
      url: fragment.url,
      collection,
      title,
      aliases,
      steps: actions.slice(0, bestAnswerSteps),
    },
    document: {
      title,
      aliases,
      summary: meta('summary'),
      signals: metaList(meta, listMeta.signals),
      actions,
      body: joinHan(fragment.content),
    },
  };
}

/** The entry id a page URL ends with: /incidents/crowd-protest/ → crowd-protest. */
export function entryIdOfUrl(url: string): string {
  const parts = url.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/** Orders pages by URL, so the file and page numbers in the index do not depend on file order. */
export function sortPages<T extends { url: string }>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The catalog file: pages as compact tuples (in index order) and the term index. */
export function serializeCatalog(pages: readonly CatalogPage[], terms: TermIndexData): string {
  return JSON.stringify({
    version: catalogVersion,
    pages: pages.map((p) => [p.id, p.url, p.collection, p.title, p.aliases, p.steps]),
    terms,
  });
}

/** Everything a search reads: the pages in index order, by id, and the term index. */
export interface Catalog {
  pages: readonly CatalogPage[];
  byId: ReadonlyMap<string, CatalogPage>;
  terms: TermIndex;
}

/** A catalog from pages in index order and the term index built over them. */
export function catalogOf(pages: readonly CatalogPage[], terms: TermIndexData): Catalog {
  return {
    pages,
    byId: new Map(pages.map((p) => [p.id, p])),
    terms: new TermIndex(terms, pages.length),
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);

/** Reads a fetched catalog file; throws if it is not one this code can use. */
export function parseCatalog(data: unknown): Catalog {
  if (typeof data !== 'object' || data === null) throw new Error('search catalog: not an object');
  const { version, pages, terms } = data as { version?: unknown; pages?: unknown; terms?: unknown };
  if (version !== catalogVersion)
    throw new Error(`search catalog: version ${String(version)}, expected ${catalogVersion}`);
  if (!Array.isArray(pages)) throw new Error('search catalog: no pages');
  const records = (pages as unknown[]).map((row): CatalogPage => {
    if (!Array.isArray(row) || row.length !== 6) throw new Error('search catalog: malformed page');
    const [id, url, collection, title, aliases, steps] = row as unknown[];
    if (!isString(id) || !isString(url) || !isString(collection) || !isString(title)) {
      throw new Error('search catalog: malformed page');
    }
    if (!isStringList(aliases) || !isStringList(steps))
      throw new Error('search catalog: malformed aliases or steps');
    return { id, url, collection, title, aliases, steps };
  });
  const index = terms as Partial<TermIndexData> | undefined;
  if (
    !index ||
    !isString(index.words) ||
    !isString(index.counts) ||
    !isString(index.pages) ||
    !isString(index.weights)
  ) {
    throw new Error('search catalog: malformed term index');
  }
  return catalogOf(records, {
    words: index.words,
    counts: index.counts,
    pages: index.pages,
    weights: index.weights,
  });
}
