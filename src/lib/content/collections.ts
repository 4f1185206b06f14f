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
