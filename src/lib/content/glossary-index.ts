/** A letter of the A–Z glossary and its terms. */
export interface InitialGroup<T> {
  initial: string;
  items: T[];
}

/**
 * Groups items by the first letter of their pinyin, A to Z, items sorted by pinyin inside a
 * group. Anything not starting with a latin letter goes under "#" at the end.
 */
export function groupByInitial<T>(
  items: readonly T[],
  pinyinOf: (item: T) => string,
): InitialGroup<T>[] {
  const groups = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => pinyinOf(a).localeCompare(pinyinOf(b), 'en'));
  for (const item of sorted) {
    const first = pinyinOf(item).trim().charAt(0).toUpperCase();
    const initial = /[A-Z]/.test(first) ? first : '#';
    groups.set(initial, [...(groups.get(initial) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([initial, group]) => ({ initial, items: group }));
}
