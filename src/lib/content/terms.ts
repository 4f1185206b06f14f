/** A glossary term and every name it goes by. */
export interface TermNames {
  id: string;
  names: string[];
}

/**
 * Ids of the terms whose title or alias occurs in `text`, in order of first occurrence.
 * Longer names are tried first so 房号管理单 is not reported only as 房号.
 */
export function findTerms(text: string, terms: TermNames[]): string[] {
  const found = new Map<string, number>();
  for (const term of terms) {
    let first = -1;
    for (const name of [...term.names].sort((a, b) => b.length - a.length)) {
      const at = name ? text.indexOf(name) : -1;
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    if (first >= 0) found.set(term.id, first);
  }
  return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
