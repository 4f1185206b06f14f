import { describe, expect, it } from 'vitest';
import { firmSchema } from '../../../../src/schemas/firm';
import { backendFromEnv } from '../../../../src/lib/cms/backend';
import {
  collectionFields,
  editorCollections,
  editorConfig,
  firmFields,
} from '../../../../src/lib/cms/config';
import {
  jsonSchemaOf,
  type CmsField,
  type JsonSchema,
  type ReferenceOption,
} from '../../../../src/lib/cms/fields';

const han = /[\u4e00-\u9fff]/;
const isEmpty = (v: unknown) =>
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

/**
 * Walks a zod schema's JSON Schema beside the editor's fields and lists every way they disagree:
 * a field missing or extra, required where the schema is optional (or the reverse), another
 * widget, other enum values, other limits or patterns, another default, an untranslated label.
 */
function disagreements(
  schema: JsonSchema,
  fields: readonly CmsField[],
  at: string,
  references: boolean,
): string[] {
  const problems: string[] = [];
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const names = fields.map((f) => f.name);
  if (JSON.stringify(names) !== JSON.stringify(Object.keys(properties))) {
    problems.push(`${at}: fields ${names.join(',')} ≠ schema ${Object.keys(properties).join(',')}`);
  }
  for (const [name, property] of Object.entries(properties)) {
    const field = fields.find((f) => f.name === name);
    if (!field) continue;
    problems.push(
      ...fieldDisagreements(property, field, `${at}.${name}`, required.has(name), references),
    );
  }
  return problems;
}

function fieldDisagreements(
  schema: JsonSchema,
  field: CmsField,
  at: string,
  required: boolean,
  references: boolean,
): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${at}: ${what}`);
  if (field.required !== required) say(`required ${field.required}, schema ${required}`);
  if (!han.test(field.label)) say(`label "${field.label}" is not in Chinese`);
  // Sveltia takes list defaults as strings or objects only (a list of numbers has none).
  const numberList =
    schema.type === 'array' &&
    (schema.items?.type === 'integer' || schema.items?.type === 'number');
  if (
    !isEmpty(schema.default) &&
    !numberList &&
    JSON.stringify(field.default) !== JSON.stringify(schema.default)
  ) {
    say(`default ${JSON.stringify(field.default)}, schema ${JSON.stringify(schema.default)}`);
  }
  const picksIds = references && field.widget === 'select' && !schema.enum && !schema.items?.enum;
  switch (schema.type) {
    case 'string':
      if (schema.enum) {
        if (field.widget !== 'select') say(`widget ${field.widget} for an enum`);
        if (JSON.stringify(field.options?.map((o) => o.value)) !== JSON.stringify(schema.enum))
          say('enum options differ');
        if (field.options?.some((o) => !han.test(o.label)))
          say('an option label is not in Chinese');
      } else if (!picksIds) {
        if (field.widget !== 'string' && field.widget !== 'text')
          say(`widget ${field.widget} for a string`);
        if (schema.pattern && field.pattern?.[0] !== schema.pattern)
          say(`pattern ${field.pattern?.[0]} ≠ ${schema.pattern}`);
        if ((schema.minLength ?? 0) > 1 && field.minlength !== schema.minLength)
          say(`minlength ${field.minlength} ≠ ${schema.minLength}`);
        if (field.maxlength !== schema.maxLength)
          say(`maxlength ${field.maxlength} ≠ ${schema.maxLength}`);
      }
      break;
    case 'integer':
    case 'number': {
      if (field.widget !== 'number') say(`widget ${field.widget} for a number`);
      if (field.value_type !== (schema.type === 'integer' ? 'int' : 'float'))
        say(`value_type ${field.value_type}`);
      const min =
        schema.minimum ??
        (schema.exclusiveMinimum === undefined ? undefined : schema.exclusiveMinimum + 1);
      if (field.min !== min) say(`min ${field.min} ≠ ${min}`);
      const max =
        schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER
          ? schema.maximum
          : undefined;
      if (field.max !== max) say(`max ${field.max} ≠ ${max}`);
      break;
    }
    case 'boolean':
      if (field.widget !== 'boolean') say(`widget ${field.widget} for a boolean`);
      break;
    case 'array': {
      if (field.min !== schema.minItems) say(`min ${field.min} ≠ minItems ${schema.minItems}`);
      const items = schema.items ?? {};
      if (picksIds) {
        if (!field.multiple) say('a list of ids is not a multiple pick');
      } else if (items.oneOf) {
        const kinds = items.oneOf.map((v) => String(v.properties?.type?.const));
        if (JSON.stringify(field.types?.map((t) => t.name)) !== JSON.stringify(kinds))
          say('kinds differ');
        for (const variant of items.oneOf) {
          const kind = String(variant.properties?.type?.const);
          const type = field.types?.find((t) => t.name === kind);
          const { type: _type, ...properties } = variant.properties ?? {};
          const rest: JsonSchema = {
            ...variant,
            properties,
            required: (variant.required ?? []).filter((r) => r !== 'type'),
          };
          problems.push(...disagreements(rest, type?.fields ?? [], `${at}[${kind}]`, references));
        }
      } else if (items.type === 'object') {
        if (field.widget !== 'list') say(`widget ${field.widget} for a list`);
        problems.push(...disagreements(items, field.fields ?? [], `${at}[]`, references));
      } else if (field.field) {
        problems.push(...fieldDisagreements(items, field.field, `${at}[]`, true, references));
      } else say('a list without an item field');
      break;
    }
    case 'object': {
      const keys = schema.propertyNames?.enum;
      const values =
        typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
      if (keys && values) {
        if (JSON.stringify(field.fields?.map((f) => f.name)) !== JSON.stringify(keys))
          say('record keys differ');
        for (const sub of field.fields ?? [])
          problems.push(...fieldDisagreements(values, sub, `${at}.${sub.name}`, false, references));
      } else if (!schema.properties) {
        if (field.widget !== 'keyvalue') say(`widget ${field.widget} for a record`);
      } else problems.push(...disagreements(schema, field.fields ?? [], at, references));
      break;
    }
    default:
      say(`schema type ${schema.type} not compared`);
  }
  return problems;
}

const find = (fields: readonly CmsField[] | undefined, path: string): CmsField | undefined => {
  const [head, ...rest] = path.split('.');
  const field = fields?.find((f) => f.name === head);
  return rest.length === 0
    ? field
    : find(field?.fields ?? field?.types?.flatMap((t) => t.fields), rest.join('.'));
};

const entries: ReferenceOption[] = [
  { id: 'double-sold-unit', title: '一房两卖', collection: 'incidents' },
  { id: 'complaint-six-steps', title: '投诉处理六步', collection: 'procedures' },
  { id: 'drill-double-sold', title: '演练：同一套房，两位客户', collection: 'drills' },
  { id: 'basics', title: '入门', collection: 'modules' },
];

describe('the editor configuration follows the zod schemas', () => {
  for (const collection of editorCollections) {
    it(`${collection.name}: every field, required flag, widget, enum and limit matches the schema`, () => {
      const fields = collectionFields(collection).filter((f) => f.name !== 'body');
      expect(
        disagreements(jsonSchemaOf(collection.schema), fields, collection.name, false),
      ).toEqual([]);
    });
    it(`${collection.name}: with the site's entries, the same holds and ids are picked from titles`, () => {
      const fields = collectionFields(collection, entries).filter((f) => f.name !== 'body');
      expect(disagreements(jsonSchemaOf(collection.schema), fields, collection.name, true)).toEqual(
        [],
      );
    });
  }

  it('firm profile: every field, required flag, widget and limit matches the schema', () => {
    expect(disagreements(jsonSchemaOf(firmSchema), firmFields(), 'firm', false)).toEqual([]);
  });

  it('carries the limits a trainer meets most, as the schemas set them', () => {
    const drill = collectionFields(editorCollections.find((c) => c.name === 'drills')!);
    expect(find(drill, 'nodes.choices')).toMatchObject({ widget: 'list', min: 2, required: true });
    expect(
      find(drill, 'nodes.choices.scores')?.fields?.map((f) => [f.name, f.min, f.max, f.required]),
    ).toEqual(
      [
        'timeliness',
        'effectiveness',
        'transparency',
        'responsibility',
        'continuity',
        'flexibility',
      ].map((id) => [id, 0, 3, false]),
    );
    expect(find(drill, 'nodes.choices.meter')).toMatchObject({
      min: -50,
      max: 50,
      default: 0,
      required: false,
    });
    expect(find(drill, 'endings.outcome')?.options).toEqual([
      { label: '理想结局', value: 'good' },
      { label: '一般结局', value: 'mixed' },
      { label: '失败结局', value: 'bad' },
    ]);
    expect(find(drill, 'nodes.choices.cites')).toMatchObject({
      widget: 'list',
      min: 1,
      required: true,
    });
    const questions = collectionFields(editorCollections.find((c) => c.name === 'questions')!);
    expect(find(questions, 'questions')?.types?.map((t) => [t.name, t.label])).toEqual([
      ['single', '单选题'],
      ['multiple', '多选题'],
      ['ordering', '排序题'],
      ['categorise', '归类题'],
    ]);
    const firm = firmFields();
    expect(find(firm, 'shortName')).toMatchObject({ maxlength: 12, required: true });
    expect(find(firm, 'warrantyThreshold')).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 1,
    });
    expect(find(firm, 'roles')?.widget).toBe('keyvalue');
  });

  it('offers only ids of the collections a reference field accepts', () => {
    const drill = collectionFields(
      editorCollections.find((c) => c.name === 'drills')!,
      entries,
    );
    const values = (path: string) => find(drill, path)?.options?.map((o) => o.value);
    expect(values('incident')).toEqual(['double-sold-unit']);
    expect(values('nodes.choices.cites')).toEqual(['double-sold-unit', 'complaint-six-steps']);
    expect(find(drill, 'nodes.choices.cites')).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
    });
    const modules = collectionFields(
      editorCollections.find((c) => c.name === 'modules')!,
      entries,
    );
    expect(find(modules, 'drills')?.options).toEqual([
      { label: '演练：同一套房，两位客户（drill-double-sold）', value: 'drill-double-sold' },
    ]);
    expect(values('related')).toEqual(entries.map((e) => e.id));
  });

  it('writes each collection where the content loader reads it, and names entries by id', () => {
    const config = editorConfig({ backend: backendFromEnv({}) });
    const folders = config.collections.flatMap((c) =>
      'folder' in c ? [[c.name, c.folder, c.extension]] : [],
    );
    expect(folders).toEqual([
      ['drills', 'src/content/drills', 'yaml'],
      ['questions', 'src/content/questions', 'yaml'],
      ['cases', 'src/content/cases', 'md'],
      ['glossary', 'src/content/glossary', 'yaml'],
      ['modules', 'src/content/modules', 'yaml'],
    ]);
    expect(config.collections[0]).toMatchObject({
      files: [{ file: 'src/config/firm.yaml', format: 'yaml' }],
    });
    for (const c of config.collections) {
      if ('slug' in c)
        expect(
          new RegExp(c.slug.pattern[0]).test('drill-media-inquiry') &&
            !new RegExp(c.slug.pattern[0]).test('演练'),
        ).toBe(true);
    }
    expect(config.output.omit_empty_optional_fields).toBe(true);
  });
});

describe('the Git server comes from the build environment', () => {
  it('uses the local clone only when IT names no server', () => {
    expect(backendFromEnv({})).toEqual({
      name: 'gitea',
      repo: 'training/kesu-weiji-shouce',
      auth_methods: ['token'],
    });
  });

  it('signs in to a self-hosted GitLab with PKCE and its application id', () => {
    expect(
      backendFromEnv({
        PLAYBOOK_CMS_GIT_URL: 'https://git.example.cn/',
        PLAYBOOK_CMS_REPO: 'kefu/playbook',
        PLAYBOOK_CMS_APP_ID: 'abc123',
        PLAYBOOK_CMS_BRANCH: 'main',
      }),
    ).toEqual({
      name: 'gitlab',
      repo: 'kefu/playbook',
      branch: 'main',
      base_url: 'https://git.example.cn',
      api_root: 'https://git.example.cn/api/v4',
      app_id: 'abc123',
      auth_type: 'pkce',
    });
  });

  it('talks to Gitea on its v1 API', () => {
    expect(
      backendFromEnv({
        PLAYBOOK_CMS_BACKEND: 'gitea',
        PLAYBOOK_CMS_GIT_URL: 'https://gitea.example.cn',
        PLAYBOOK_CMS_APP_ID: 'x',
      }),
    ).toMatchObject({
      name: 'gitea',
      api_root: 'https://gitea.example.cn/api/v1',
      app_id: 'x',
    });
  });

  it('refuses a server it cannot use, naming the variable and the fix', () => {
    expect(() => backendFromEnv({ PLAYBOOK_CMS_BACKEND: 'svn' })).toThrow(
      /PLAYBOOK_CMS_BACKEND="svn".*gitlab 或 gitea/,
    );
    expect(() => backendFromEnv({ PLAYBOOK_CMS_GIT_URL: 'http://git.example.cn' })).toThrow(
      /https:\/\//,
    );
    expect(() => backendFromEnv({ PLAYBOOK_CMS_REPO: 'playbook' })).toThrow(/组\/项目/);
  });
});
