import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { lintDrill, lintQuestionSet } from '../lib/assessment/lint';
import { checkDrillGraph, checkQuestionIds } from '../lib/content/check-drill';
import { checkReferences, formatProblems } from '../lib/content/check-references';
import { collectionNames, type CollectionName } from '../lib/content/collections';
import { referencesOf } from '../lib/content/reference-fields';
import { entryHref } from '../lib/content/routes';
import { findTerms } from '../lib/content/terms';
import { firstArticleNumber, lawLevels } from '../schemas/law';
import { procedureCategories } from '../schemas/procedure';

export type AnyEntry = CollectionEntry<CollectionName>;

/** Everything the pages need to know about the content, loaded and checked once per build. */
export interface Catalog {
  /** Every entry, keyed by its site-wide id. */
  byId: Map<string, AnyEntry>;
  /** The entries of one collection in reading order. */
  list<C extends CollectionName>(collection: C): CollectionEntry<C>[];
  /** Entries this one points at or that point at it, without itself, in reading order. */
  related(entry: AnyEntry): AnyEntry[];
  /** Glossary terms the entry's text uses. */
  terms(entry: AnyEntry): CollectionEntry<'glossary'>[];
  /** Entries whose text uses a glossary term. */
  usedBy(term: CollectionEntry<'glossary'>): AnyEntry[];
  /** The previous and next entries in the same collection. */
  neighbours(entry: AnyEntry): { previous?: AnyEntry; next?: AnyEntry };
}

const zhCollator = new Intl.Collator('zh-CN');

function sortKey(entry: AnyEntry): [number, string] {
  const data = entry.data as Record<string, unknown>;
  if (entry.collection === 'glossary') return [0, String(data.pinyin)];
  if (entry.collection === 'cases') {
    const n = /案例\s*(\d+)/.exec(String(data.source ?? ''));
    return [n ? Number(n[1]) : 1000, entry.data.title];
  }
  if (entry.collection === 'laws') {
    // By kind of text, then by law, then by title: the /laws/ index groups them this way.
    const level = lawLevels.indexOf(data.level as (typeof lawLevels)[number]);
    const article = String(firstArticleNumber(data.article as string | undefined)).padStart(5, '0');
    return [
      level < 0 ? lawLevels.length : level,
      `${String(data.law)} ${article} ${entry.data.title}`,
    ];
  }
  if (entry.collection === 'procedures') {
    return [
      procedureCategoryRank(String(data.category)) * 100 + Number(data.order),
      entry.data.title,
    ];
  }
  return [typeof data.order === 'number' ? data.order : 1000, entry.data.title];
}

const procedureCategoryOrder: readonly string[] = procedureCategories;
function procedureCategoryRank(category: string): number {
  const rank = procedureCategoryOrder.indexOf(category);
  return rank < 0 ? procedureCategoryOrder.length : rank;
}

function compareEntries(a: AnyEntry, b: AnyEntry): number {
  const [ra, ta] = sortKey(a);
  const [rb, tb] = sortKey(b);
  return ra - rb || zhCollator.compare(ta, tb);
}

function textOf(entry: AnyEntry): string {
  const { related: _related, ...data } = entry.data as Record<string, unknown>;
  return `${JSON.stringify(data)}\n${entry.body ?? ''}`;
}

async function load(): Promise<Catalog> {
  const groups = await Promise.all(collectionNames.map((name) => getCollection(name)));
  const all = groups.flat() as AnyEntry[];

  const records = all.map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    file: entry.filePath ?? `src/content/${entry.collection}/${entry.id}`,
    references: referencesOf(entry.collection, entry.data as Record<string, unknown>),
  }));
  const fileOf = (entry: AnyEntry) =>
    entry.filePath ?? `src/content/${entry.collection}/${entry.id}`;
  // The same checks whoever wrote the file, by hand or in the editor at /admin/: references, drill
  // graphs, unique question ids, and the assessment lint (a giveaway answer order or a decision
  // point with no partial credit stops the build as the unit test does).
  const problems = [
    ...checkReferences(records),
    ...all.flatMap((entry) =>
      entry.collection === 'drills'
        ? [
            ...checkDrillGraph(fileOf(entry), entry.data),
            ...lintDrill(fileOf(entry), entry.data).problems,
          ]
        : entry.collection === 'questions'
          ? lintQuestionSet(fileOf(entry), entry.data).problems
          : [],
    ),
    ...checkQuestionIds(
      all.flatMap((entry) =>
        entry.collection === 'questions'
          ? [{ file: fileOf(entry), questions: entry.data.questions }]
          : [],
      ),
    ),
  ];
  if (problems.length > 0) {
    throw new AstroError(
      formatProblems(problems),
      '按每条提示修改对应文件的字段；id 就是文件名（不含扩展名），全站唯一。',
    );
  }

  const byId = new Map(all.map((entry) => [entry.id, entry]));
  const lists = new Map<CollectionName, AnyEntry[]>(
    collectionNames.map((name, i) => [name, [...(groups[i] as AnyEntry[])].sort(compareEntries)]),
  );

  const links = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    if (!links.has(from)) links.set(from, new Set());
    links.get(from)?.add(to);
  };
  for (const record of records) {
    for (const ref of record.references) {
      link(record.id, ref.value);
      link(ref.value, record.id);
    }
  }

  const glossary = lists.get('glossary') as CollectionEntry<'glossary'>[];
  const termNames = glossary.map((term) => ({
    id: term.id,
    names: [term.data.title, ...term.data.aliases],
  }));
  const termsOf = new Map<string, string[]>();
  const usedBy = new Map<string, AnyEntry[]>();
  for (const entry of all) {
    const ids = findTerms(textOf(entry), termNames).filter((id) => id !== entry.id);
    termsOf.set(entry.id, ids);
    if (entry.collection === 'glossary') continue;
    for (const id of ids) usedBy.set(id, [...(usedBy.get(id) ?? []), entry]);
  }

  const resolve = (ids: Iterable<string>) =>
    [...ids].map((id) => byId.get(id)).filter((e): e is AnyEntry => e !== undefined);

  return {
    byId,
    list: <C extends CollectionName>(collection: C) =>
      (lists.get(collection) ?? []) as CollectionEntry<C>[],
    related: (entry) =>
      resolve(links.get(entry.id) ?? []).sort(
        (a, b) =>
          collectionNames.indexOf(a.collection) - collectionNames.indexOf(b.collection) ||
          compareEntries(a, b),
      ),
    terms: (entry) => resolve(termsOf.get(entry.id) ?? []) as CollectionEntry<'glossary'>[],
    usedBy: (term) => [...(usedBy.get(term.id) ?? [])].sort(compareEntries),
    neighbours: (entry) => {
      const list = lists.get(entry.collection) ?? [];
      const at = list.findIndex((e) => e.id === entry.id);
      return { previous: list[at - 1], next: list[at + 1] };
    },
  };
}

let catalog: Promise<Catalog> | undefined;

/** The checked catalog; the first page to ask loads it, a content error stops the build. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= load();
  return catalog;
}

/** The URL of an entry's page. */
export function hrefOf(entry: AnyEntry): string {
  return entryHref(entry.collection, entry.id);
}
