// A search catalog built from the content files, for tests that rank without a build: each
// entry becomes the page the site renders, roughly (title, summary, aliases, every text field,
// the MDX body, and the titles of the entries it links to inside the article).
import {
  catalogOf,
  type CatalogPage,
  bestAnswerSteps,
  type Catalog,
} from '../../src/lib/search/catalog';
import { entryHref } from '../../src/lib/content/routes';
import { referencesOf } from '../../src/lib/content/reference-fields';
import { buildCatalogData } from '../../src/lib/search/build-catalog';
import type { SearchDocument } from '../../src/lib/search/term-index';
import { searchWords } from '../../src/config/search-words';
import { loadContent, type LoadedEntry } from './load-content';

/** Keys whose values are ids, numbers or settings, not text a page shows. */
const notText = new Set([
  'related',
  'procedures',
  'cases',
  'forms',
  'drills',
  'cites',
  'illustrates',
  'incident',
  'modules',
  'next',
  'id',
  'start',
  'call',
  'pinyin',
  'correct',
  'type',
  'category',
  'order',
  'stage',
]);

function strings(value: unknown, key = ''): string[] {
  if (notText.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

/** MDX without imports, components and Markdown marks. */
function plainBody(body: string): string {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`|-]+/g, ' ');
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The page and indexed text of every searchable entry (question banks are not indexed). */
export function searchEntries(
  entries: LoadedEntry[] = loadContent(),
): { page: CatalogPage; document: SearchDocument }[] {
  const titles = new Map(entries.map((e) => [e.id, String(e.data.title ?? '')]));
  return entries
    .filter((e) => e.collection !== 'questions')
    .map((entry) => {
      const { data } = entry;
      const title = String(data.title ?? '');
      const aliases = list(data.aliases);
      const summary = String(data.summary ?? '');
      const linked = referencesOf(entry.collection, data)
        .filter((ref) => !ref.field.startsWith('related'))
        .map((ref) => titles.get(ref.value) ?? '');
      const actions = entry.collection === 'incidents' ? list(data.actions) : [];
      const signals = entry.collection === 'incidents' ? list(data.signals) : list(data.signs);
      return {
        page: {
          id: entry.id,
          url: entryHref(entry.collection, entry.id),
          collection: entry.collection,
          title,
          aliases,
          steps: actions.slice(0, bestAnswerSteps),
        },
        document: {
          title,
          aliases,
          summary,
          signals,
          actions,
          body: [
            title,
            summary,
            aliases.join('、'),
            ...strings(data),
            plainBody(entry.body),
            ...linked,
          ].join('。'),
        },
      };
    });
}

/** The catalog the build would write, built from the content files instead of the built pages. */
export function contentCatalog(entries = searchEntries()): {
  catalog: Catalog;
  texts: Map<string, string>;
} {
  const { pages, terms } = buildCatalogData(entries, searchWords);
  return {
    catalog: catalogOf(pages, terms),
    texts: new Map(entries.map((e) => [e.page.id, e.document.body])),
  };
}
