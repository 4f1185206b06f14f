/** Trims and folds white space so "  退 房 " and "退 房" search alike. */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The query in a /search/?q= URL, or '' when there is none. */
export function queryFromSearchParams(search: string): string {
  return normaliseQuery(new URLSearchParams(search).get('q') ?? '');
}

/** The type filter in a /search/?type= URL, if it names one of the given collections. */
export function typeFromSearchParams(search: string, types: readonly string[]): string | undefined {
  const type = new URLSearchParams(search).get('type') ?? '';
  return types.includes(type) ? type : undefined;
}

/** The address of a search: /search/?q=…&type=… (type only when filtering). */
export function searchHref(query: string, type?: string): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (type) params.set('type', type);
  const search = params.toString();
  return search ? `/search/?${search}` : '/search/';
}
