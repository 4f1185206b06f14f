// The search catalog: one small record per indexed page, keyed by Pagefind's page id, so
// results can be ranked (title, aliases, type) before any page fragment is downloaded.
// Written next to the index by scripts/build-search-index.mjs, fetched on first search.
// The build script loads this file with Node's type stripping, hence the .ts import below.
import { joinHan } from './index-text.ts';

/** What ranking needs to know about one indexed page. */
export interface CatalogPage {
  /** Pagefind's page id (the fragment file's name), as search results report it. */
  id: string;
  url: string;
  /** The content collection, e.g. incidents or glossary. */
  collection: string;
  title: string;
  aliases: string[];
}

export type Catalog = ReadonlyMap<string, CatalogPage>;

/** A page fragment as Pagefind writes it (only the fields the catalog reads). */
export interface FragmentLike {
  url: string;
  meta: Record<string, string | undefined>;
}

/** The catalog's file name, in the Pagefind output folder. */
export const catalogFile = 'search-catalog.json';
/**
 * A page fragment file after gunzip: a 12-byte signature ("pagefind_dcd"), then JSON.
 * Used by the index build, the bench and the tests to read what Pagefind indexed.
 */
export function parseFragment(bytes: Uint8Array): FragmentLike & { content: string } {
  return JSON.parse(new TextDecoder().decode(bytes.subarray(12))) as FragmentLike & { content: string };
}

/** Format version of the file; bump when the tuple layout changes. */
export const catalogVersion = 1;
/** Alias lists are joined with this in the page text and in the aliases metadata. */
export const aliasSeparator = '、';

/**
 * The catalog record of one indexed page, or an error message naming the page and the
 * missing metadata (the entry layout sets title, collection and aliases on every entry).
 */
export function catalogPage(id: string, fragment: FragmentLike): CatalogPage | string {
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
  return { id, url: fragment.url, collection, title, aliases };
}

/** The catalog file: compact tuples, stable order. */
export function serializeCatalog(pages: readonly CatalogPage[]): string {
  const sorted = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return JSON.stringify({
    version: catalogVersion,
    pages: sorted.map((p) => [p.id, p.url, p.collection, p.title, p.aliases]),
  });
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** Reads a fetched catalog file; throws if it is not one this code can use. */
export function parseCatalog(data: unknown): Catalog {
  if (typeof data !== 'object' || data === null) throw new Error('search catalog: not an object');
  const { version, pages } = data as { version?: unknown; pages?: unknown };
  if (version !== catalogVersion) throw new Error(`search catalog: version ${String(version)}, expected ${catalogVersion}`);
  if (!Array.isArray(pages)) throw new Error('search catalog: no pages');
  const catalog = new Map<string, CatalogPage>();
  for (const row of pages as unknown[]) {
    if (!Array.isArray(row) || row.length !== 5) throw new Error('search catalog: malformed page');
    const [id, url, collection, title, aliases] = row as unknown[];
    if (!isString(id) || !isString(url) || !isString(collection) || !isString(title)) {
      throw new Error('search catalog: malformed page');
    }
    if (!Array.isArray(aliases) || !aliases.every(isString)) throw new Error('search catalog: malformed aliases');
    catalog.set(id, { id, url, collection, title, aliases });
  }
  return catalog;
}
