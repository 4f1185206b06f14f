/** The part of Pagefind's browser API this site uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string | string[]> }): Promise<PagefindSearch | null>;
  debouncedSearch?(query: string): Promise<PagefindSearch | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once and reuses the promise. The path is built at run time so the bundler
 * leaves it alone: the index only exists after `pagefind --site dist` has run.
 */
export function loadPagefind(path = '/pagefind/pagefind.js'): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (api) => {
    await api.options({ excerptLength: 40 });
    await api.init();
    return api;
  });
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}
