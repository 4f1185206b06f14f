import {
  citableCollections,
  collectionNames,
  ruleCollections,
  type CollectionName,
} from './collections';

/** One id written in an entry, with where it stands and what it may point at. */
export interface Reference {
  /** Path of the field, e.g. `procedures[1]` or `nodes[2].choices[0].cites[0]`. */
  field: string;
  value: string;
  /** Collections the id may belong to. */
  accepts: readonly CollectionName[];
}

const anyPage = collectionNames;
/** What a drill choice or ending may cite: the rules and the material behind them. */
const playbook = citableCollections;
const rules = ruleCollections;

type Data = Record<string, unknown>;

function list(data: Data, key: string, accepts: readonly CollectionName[]): Reference[] {
  const value = data[key];
  if (!Array.isArray(value)) return [];
  return value.map((id, i) => ({ field: `${key}[${i}]`, value: String(id), accepts }));
}

function single(data: Data, key: string, accepts: readonly CollectionName[]): Reference[] {
  const value = data[key];
  return typeof value === 'string' ? [{ field: key, value, accepts }] : [];
}

function nested(items: unknown, prefix: string, pick: (item: Data, at: string) => Reference[]) {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item, i) => pick(item as Data, `${prefix}[${i}]`));
}

function prefixed(refs: Reference[], at: string): Reference[] {
  return refs.map((ref) => ({ ...ref, field: `${at}.${ref.field}` }));
}

/** Every id an entry of `collection` writes, with the collections each may point into. */
export function referencesOf(collection: CollectionName, data: Data): Reference[] {
  const refs = list(data, 'related', anyPage);
  switch (collection) {
    case 'incidents':
      return [
        ...refs,
        ...list(data, 'procedures', ['procedures']),
        ...list(data, 'cases', ['cases']),
        ...list(data, 'forms', ['forms']),
        ...list(data, 'drills', ['drills']),
        ...list(data, 'laws', ['laws']),
      ];
    case 'procedures':
      return [
        ...refs,
        ...list(data, 'cases', ['cases']),
        ...list(data, 'forms', ['forms']),
        ...list(data, 'laws', ['laws']),
      ];
    case 'strategies':
      return [...refs, ...list(data, 'cases', ['cases'])];
    case 'cases':
      return [...refs, ...list(data, 'illustrates', rules)];
    case 'modules':
      return [
        ...refs,
        ...nested(data.lessons, 'lessons', (lesson, at) =>
          prefixed(single(lesson, 'entry', playbook), at),
        ),
        ...list(data, 'drills', ['drills']),
      ];
    case 'drills':
      return [
        ...refs,
        ...single(data, 'incident', ['incidents']),
        ...nested(data.nodes, 'nodes', (node, at) =>
          nested(node.choices, `${at}.choices`, (choice, c) =>
            prefixed(list(choice, 'cites', playbook), c),
          ),
        ),
        ...nested(data.endings, 'endings', (ending, at) =>
          prefixed(list(ending, 'cites', playbook), at),
        ),
      ];
    case 'questions':
      return [
        ...refs,
        ...list(data, 'modules', ['modules']),
        ...list(data, 'incidents', ['incidents']),
        ...nested(data.questions, 'questions', (question, at) =>
          prefixed(list(question, 'cites', playbook), at),
        ),
      ];
    default:
      return refs;
  }
}
