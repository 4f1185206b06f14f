import type { z } from 'astro/zod';
import { caseSchema } from '../../schemas/case';
import { drillSchema } from '../../schemas/drill';
import { firmSchema } from '../../schemas/firm';
import { glossarySchema } from '../../schemas/glossary';
import { moduleSchema } from '../../schemas/module';
import { questionSetSchema } from '../../schemas/question';
import type { CollectionName } from '../content/collections';
import { idPattern } from '../content/ids';
import { sectionPath } from '../content/routes';
import { defaultFirmFile } from '../firm/load';
import { cmsCollectionText, cmsShellText } from '../i18n/zh-cms';
import type { EditorBackend } from './backend';
import {
  jsonSchemaOf,
  objectFields,
  type CmsField,
  type FieldContext,
  type ReferenceOption,
} from './fields';

/** A collection trainers write, and where its files live. */
export interface EditorCollection {
  name: Extract<CollectionName, 'drills' | 'questions' | 'cases' | 'glossary' | 'modules'>;
  schema: z.ZodType;
  extension: 'yaml' | 'md';
  /** Markdown entries carry their fields as frontmatter and a free body. */
  body?: boolean;
  /** The field the entry list sorts by besides the title. */
  sortBy?: string;
}

/** The collections a trainer writes in the editor, in the order its menu shows them. */
export const editorCollections: readonly EditorCollection[] = [
  { name: 'drills', schema: drillSchema, extension: 'yaml' },
  { name: 'questions', schema: questionSetSchema, extension: 'yaml' },
  { name: 'cases', schema: caseSchema, extension: 'md', body: true },
  { name: 'glossary', schema: glossarySchema, extension: 'yaml', sortBy: 'pinyin' },
  { name: 'modules', schema: moduleSchema, extension: 'yaml', sortBy: 'order' },
];

/** Fields written as paragraphs (label paths; a tail matches, as for labels). */
const longText = new Set([
  'summary',
  'intro',
  'says',
  'scene',
  'choices.text',
  'feedback',
  'debrief',
  'definition',
  'situation',
  'actions',
  'outcome',
  'lesson',
  'objectives',
  'prompt',
  'explanation',
  'options.text',
  'note',
]);

/** What a collapsed list item shows. */
const summaries: Record<string, string> = {
  nodes: '{{fields.id}}：{{fields.speaker}}',
  'nodes.choices': '{{fields.text}}',
  'nodes.choices.branches': '→ {{fields.next}}',
  endings: '{{fields.id}}：{{fields.title}}',
  questions: '{{fields.id}}：{{fields.prompt}}',
  'questions.options': '{{fields.text}}',
  lessons: '{{fields.entry}}',
  contacts: '{{fields.label}} {{fields.phone}}',
};

const patternExamples: Record<string, string> = {
  pinyin: 'rengoushu',
  phone: '0755-8888 8888 转 201',
  'nodes.id': 'n1',
  next: 'n2',
  start: 'n1',
  'questions.id': 'ten-risks-01',
  'contacts.id': 'project-manager',
};

/** New cases are written for training, so they are marked 示例案例 unless the trainer says not. */
const defaults: Record<string, unknown> = { fictional: true };

/** The editor's fields for a collection, read from its zod schema. */
export function collectionFields(
  collection: EditorCollection,
  entries?: readonly ReferenceOption[],
): CmsField[] {
  const ctx: FieldContext = {
    collection: collection.name,
    longText,
    summaries,
    patternExamples,
    defaults,
  };
  if (entries) ctx.entries = entries;
  const fields = objectFields(jsonSchemaOf(collection.schema), [], ctx);
  if (collection.body)
    fields.push({ name: 'body', label: '正文', widget: 'markdown', required: false });
  return fields;
}

/** The firm profile's fields, read from its zod schema. */
export function firmFields(): CmsField[] {
  return objectFields(jsonSchemaOf(firmSchema), [], { longText, summaries, patternExamples });
}

export interface EditorConfigOptions {
  backend: EditorBackend;
  /** Every entry of the site, so reference fields offer titles to pick; without it they take ids. */
  entries?: readonly ReferenceOption[];
  /** The firm profile file the editor edits (PLAYBOOK_FIRM, else the default). */
  firmFile?: string;
}

/**
 * The Sveltia CMS configuration (served as /admin/config.yml): one entry collection per trainer
 * collection, the firm profile as a file collection, and output that the zod schemas accept
 * (empty optional fields are left out rather than written as empty strings).
 */
export function editorConfig({
  backend,
  entries,
  firmFile = defaultFirmFile,
}: EditorConfigOptions) {
  const text = cmsCollectionText;
  return {
    backend,
    app_title: cmsShellText.title,
    logo: { src: '/icons/icon-192.png' },
    // Nothing the trainers write has pictures; Sveltia still needs a folder for its media library.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    show_preview_links: true,
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true },
    output: { omit_empty_optional_fields: true, yaml: { indent_sequences: true } },
    collections: [
      {
        name: 'firm',
        label: text.firm.label,
        description: text.firm.description,
        icon: 'apartment',
        files: [
          {
            name: 'firm',
            label: text.firmFile,
            file: firmFile,
            format: 'yaml',
            fields: firmFields(),
          },
        ],
      },
      ...editorCollections.map((collection) => {
        const own = text[collection.name];
        return {
          name: collection.name,
          label: own.label,
          label_singular: own.singular,
          description: own.description,
          folder: `src/content/${collection.name}`,
          extension: collection.extension,
          format: collection.extension === 'md' ? 'yaml-frontmatter' : 'yaml',
          create: true,
          identifier_field: 'title',
          slug: {
            editable: ['create'],
            hint: text.slugHint,
            pattern: [idPattern.source, text.slugError] as [string, string],
          },
          sortable_fields: ['title', ...(collection.sortBy ? [collection.sortBy] : [])],
          preview_path: `/${sectionPath[collection.name]}/{{slug}}/`,
          fields: collectionFields(collection, entries),
        };
      }),
    ],
  };
}
export type EditorConfig = ReturnType<typeof editorConfig>;
