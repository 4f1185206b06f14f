import type { CatalogPage } from './catalog';
import { matchKey } from './phrase';

/**
 * Words staff say for the same thing. A query containing one member is also searched with
 * each other member in its place ("业主闹事" → "业主群诉"). Keep the groups small and strict:
 * 定金 and 订金 differ in law, so they are not here.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['闹事', '群诉', '维权'],
  ['漏水', '渗漏', '渗水'],
  ['记者', '媒体', '采访'],
  ['一房两卖', '房号卖重', '卖重房号', '撞房'],
  ['售楼部', '售楼处', '售楼中心', '案场'],
  ['吵架', '争执', '冲突', '打架'],
  ['赔偿', '索赔', '补偿'],
  ['按揭', '贷款'],
  ['交房', '收房', '交付', '入伙'],
  ['开裂', '裂缝'],
  ['报警', '警察', '公安'],
  ['上热搜', '舆情', '曝光', '网上发帖'],
  ['投诉', '客诉'],
  ['领导', '上级'],
  ['销售员', '业务员', '置业顾问', '销售代表'],
  ['泄露', '泄密', '外流'],
];

/** Where an expansion came from; the UI says which words were searched besides the query. */
export type ExpansionSource = 'query' | 'simplified' | 'synonym' | 'term';

/** One text searched for a query, and how much its matches count. */
export interface Expansion {
  text: string;
  weight: number;
  source: ExpansionSource;
}

/** Weights of matches found through each kind of expansion. */
export const expansionWeight: Record<ExpansionSource, number> = {
  query: 1,
  simplified: 1,
  term: 0.8,
  synonym: 0.7,
};

/** At most this many texts are searched for one query (the query itself always is). */
export const maxExpansions = 8;

export interface ExpandOptions {
  /** The query converted to Simplified Chinese, when it differs. */
  simplified?: string | undefined;
  /** Glossary entries: a query equal to one's alias is also searched as its title. */
  glossary?: Iterable<Pick<CatalogPage, 'title' | 'aliases'>>;
  groups?: readonly (readonly string[])[];
}

/** The texts to search for a query, the query (and its Simplified form) first. */
export function expandQuery(query: string, options: ExpandOptions = {}): Expansion[] {
  const { simplified, glossary = [], groups = synonymGroups } = options;
  const out = new Map<string, Expansion>();
  const add = (text: string, source: ExpansionSource) => {
    const key = matchKey(text);
    if (!key) return;
    const weight = expansionWeight[source];
    const known = out.get(key);
    if (!known || known.weight < weight) out.set(key, { text, weight, source });
  };
  const bases = [query];
  if (simplified && matchKey(simplified) !== matchKey(query)) bases.push(simplified);
  bases.forEach((base, i) => add(base, i === 0 ? 'query' : 'simplified'));

  const glossaryEntries = [...glossary];
  for (const base of bases) {
    const key = matchKey(base);
    for (const entry of glossaryEntries) {
      if (entry.aliases.some((alias) => matchKey(alias) === key)) add(entry.title, 'term');
    }
    for (const group of groups) {
      // Longest member first, so 卖重房号 is replaced whole rather than via a shorter member.
      const member = [...group].sort((a, b) => b.length - a.length).find((m) => key.includes(matchKey(m)));
      if (!member) continue;
      for (const other of group) {
        if (other !== member) add(key.replaceAll(matchKey(member), other), 'synonym');
      }
    }
  }
  return [...out.values()]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, Math.max(maxExpansions, bases.length));
}
