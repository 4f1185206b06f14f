/** Trims and folds white space so "  退 房 " and "退 房" search alike. */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The query in a /search/?q= URL, or '' when there is none. */
export function queryFromSearchParams(search: string): string {
  return normaliseQuery(new URLSearchParams(search).get('q') ?? '');
}
