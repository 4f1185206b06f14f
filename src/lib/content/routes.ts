import type { CollectionName } from './collections';

/** URL segment of each collection's section. */
export const sectionPath: Record<CollectionName, string> = {
  incidents: 'incidents',
  procedures: 'procedures',
  strategies: 'strategies',
  cases: 'cases',
  forms: 'forms',
  glossary: 'glossary',
  laws: 'laws',
  modules: 'training',
  drills: 'drills',
  questions: 'quiz',
};

export function sectionHref(collection: CollectionName): string {
  return `/${sectionPath[collection]}/`;
}

export function entryHref(collection: CollectionName, id: string): string {
  return `/${sectionPath[collection]}/${id}/`;
}
