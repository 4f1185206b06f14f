/** The content collections, in the order the playbook presents them. */
export const collectionNames = [
  'incidents',
  'procedures',
  'strategies',
  'cases',
  'forms',
  'glossary',
  'laws',
  'modules',
  'drills',
  'questions',
] as const;
export type CollectionName = (typeof collectionNames)[number];

// Groups of collections. Every list of collection names lives here, nowhere else.

/** The playbook's articles: entries with a body, listed and routed by src/pages/[section]/. */
export const articleCollections = [
  'incidents',
  'procedures',
  'strategies',
  'cases',
  'forms',
] as const satisfies readonly CollectionName[];

/** What a drill choice or ending, a lesson or a question may cite: the articles, terms and laws. */
export const citableCollections = [
  ...articleCollections,
  'glossary',
  'laws',
] as const satisfies readonly CollectionName[];

/** The rules a case illustrates. */
export const ruleCollections = [
  'procedures',
  'incidents',
  'strategies',
] as const satisfies readonly CollectionName[];

/** The search page's type filters, in the order staff look for them (question sets have no page). */
export const searchFilterCollections = [
  ...citableCollections,
  'drills',
  'modules',
] as const satisfies readonly CollectionName[];

/** Where each collection's files live, for messages that tell an author which file to create. */
export const collectionFileHint: Record<CollectionName, string> = {
  incidents: 'src/content/incidents/<id>.mdx',
  procedures: 'src/content/procedures/<id>.mdx',
  strategies: 'src/content/strategies/<id>.mdx',
  cases: 'src/content/cases/<id>.md',
  forms: 'src/content/forms/<id>.mdx',
  glossary: 'src/content/glossary/<id>.yaml',
  laws: 'src/content/laws/<id>.yaml',
  modules: 'src/content/modules/<id>.yaml',
  drills: 'src/content/drills/<id>.yaml',
  questions: 'src/content/questions/<id>.yaml',
};
