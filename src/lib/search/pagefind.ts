import { type Catalog, catalogFile, parseCatalog, parseFragment } from './catalog';
import { joinHan } from './index-text';
import { phraseQuery } from './phrase';

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
  search(
    query: string,
    options?: { filters?: Record<string, string | string[]> },
  ): Promise<PagefindSearch | null>;
}

/** Where the index lives; the search catalog is written beside it. */
export const pagefindBase = '/pagefind/';

/**
 * Pagefind's options. No web worker: on this index a search takes about a millisecond, and
 * the worker would be one more 43 KB download. Pagefind only answers exact searches for words
 * the catalog's term index lacks; ranking is done by the catalog.
 */
export const pagefindOptions = {
  noWorker: true,
  excerptLength: 30,
} as const;

let pagefind: Promise<Pagefind> | undefined;
let catalog: Promise<Catalog> | undefined;

/**
 * Loads Pagefind once and reuses the promise. The path is built at run time so the bundler
 * leaves it alone: the index only exists after the search index build has run.
 */
export function loadPagefind(base = pagefindBase): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind.js`) as Promise<Pagefind>).then(
    async (api) => {
      await api.options(pagefindOptions);
      await api.init();
      return api;
    },
  );
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

/**
 * The ids of the pages whose text contains the text exactly: Pagefind's phrase search over
 * the character index (see index-text.ts). Loads Pagefind on first use.
 */
export async function exactSearch(text: string, base = pagefindBase): Promise<ReadonlySet<string>> {
  const api = await loadPagefind(base);
  const found = await api.search(phraseQuery(text));
  return new Set((found?.results ?? []).map((r) => r.id));
}

const texts = new Map<string, Promise<string>>();

/**
 * The text of one page, read from its Pagefind fragment (gzip, inflated by the browser), for
 * the excerpt; Pagefind itself is not needed. The promise is kept, so each page is read once.
 */
export function loadPageText(id: string, base = pagefindBase): Promise<string> {
  let text = texts.get(id);
  if (!text) {
    text = fetch(`${base}fragment/${id}.pf_fragment`).then(async (response) => {
      if (!response.ok || !response.body)
        throw new Error(`search: fragment ${id}: HTTP ${response.status}`);
      const inflated = new Response(response.body.pipeThrough(new DecompressionStream('gzip')));
      return joinHan(parseFragment(new Uint8Array(await inflated.arrayBuffer())).content);
    });
    text.catch(() => texts.delete(id));
    texts.set(id, text);
  }
  return text;
}

/** Loads the search catalog once (pages and term index, about 60 KB gzip). */
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
