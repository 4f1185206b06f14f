import { type Catalog, catalogFile, parseCatalog } from './catalog';

/** The part of Pagefind's browser API this site uses. */
export interface PagefindResultData {
  url: string;
  /** The page text (Pagefind strips its word separators from this field). */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  /** The page id; the search catalog is keyed by it. */
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string | string[]> }): Promise<PagefindSearch | null>;
}

/** Where the index lives; the search catalog is written beside it. */
export const pagefindBase = '/pagefind/';

/**
 * Pagefind's options. No web worker: on this index a search takes about a millisecond, and
 * the worker would be one more 43 KB download on the first search. Aliases count for
 * ranking like a second title.
 */
export const pagefindOptions = {
  noWorker: true,
  excerptLength: 30,
  ranking: { metaWeights: { title: 5, aliases: 4 } },
} as const;

let pagefind: Promise<Pagefind> | undefined;
let catalog: Promise<Catalog> | undefined;

/**
 * Loads Pagefind once and reuses the promise. The path is built at run time so the bundler
 * leaves it alone: the index only exists after the search index build has run.
 */
export function loadPagefind(base = pagefindBase): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<Pagefind>).then(async (api) => {
    await api.options(pagefindOptions);
    await api.init();
    return api;
  });
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

/** Loads the search catalog once (about 7 KB gzip). */
export function loadCatalog(base = pagefindBase): Promise<Catalog> {
  catalog ??= fetch(`${base}${catalogFile}`).then(async (response) => {
    if (!response.ok) throw new Error(`search catalog: HTTP ${response.status}`);
    return parseCatalog(await response.json());
  });
  catalog.catch(() => {
    catalog = undefined;
  });
  return catalog;
}
