import { z } from 'astro/zod';
import type { CollectionName } from '../content/collections';
import { referencesOf } from '../content/reference-fields';
import {
  cmsCollectionText,
  cmsFieldHints,
  cmsFieldLabels,
  cmsItemLabels,
  cmsKeyValueLabels,
  cmsOptionLabels,
} from '../i18n/zh-cms';

/** The subset of Sveltia CMS's field options this project generates (its docs name them). */
export interface CmsField {
  name: string;
  label: string;
  widget:
    | 'string'
    | 'text'
    | 'number'
    | 'boolean'
    | 'select'
    | 'list'
    | 'object'
    | 'keyvalue'
    | 'markdown';
  required: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  minlength?: number;
  maxlength?: number;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  field?: CmsField;
  fields?: CmsField[];
  types?: { name: string; label: string; widget: 'object'; fields: CmsField[] }[];
  typeKey?: string;
  label_singular?: string;
  summary?: string;
  collapsed?: boolean | 'auto';
  key_label?: string;
  value_label?: string;
}

/** The JSON Schema that zod writes for an entry (only the keywords our schemas produce). */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
}

/** What a trainer types, as JSON Schema: defaulted fields are optional (zod's input side). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** An entry a reference field may name, offered in a list instead of typing its id. */
export interface ReferenceOption {
  id: string;
  title: string;
  collection: CollectionName;
}

export interface FieldContext {
  /** The collection whose references apply (reference-fields.ts); none for the firm profile. */
  collection?: CollectionName;
  /** Every entry of the site; with it, reference fields become lists to pick from. */
  entries?: readonly ReferenceOption[];
  /** Label paths of fields written as paragraphs rather than one line. */
  longText: ReadonlySet<string>;
  /** Label paths of list items whose collapsed row shows this template. */
  summaries?: Readonly<Record<string, string>>;
  /** Examples shown when a pattern does not match, by label path. */
  patternExamples?: Readonly<Record<string, string>>;
  /** Defaults the schema leaves open but the editor should propose, by label path. */
  defaults?: Readonly<Record<string, unknown>>;
}

/**
 * A field path without list levels, `nodes.choices.text`. A segment `@kind` marks the fields of
 * one kind of a list of several kinds (question types): it names them, but is not in the data.
 */
const labelPath = (path: readonly string[], kinds = true) =>
  path
    .filter((key) => key !== '*' && (kinds || !key.startsWith('@')))
    .map((key) => key.replace(/^@/, ''))
    .join('.');

/** The dictionary entry for a field: for one kind's own field first, else as for every kind. */
const entryFor = <T>(dict: Readonly<Record<string, T>>, path: readonly string[]) =>
  lookup(dict, labelPath(path)) ?? lookup(dict, labelPath(path, false));

/** The entry of `dict` for the longest tail of `path` it knows. */
export function lookup<T>(dict: Readonly<Record<string, T>>, path: string): T | undefined {
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const hit = dict[parts.slice(i).join('.')];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * The collections an id written at `path` (list levels as `*`) may name, read from
 * reference-fields.ts by probing it with a value placed at that path; undefined if no reference.
 */
export function referenceAccepts(
  collection: CollectionName,
  path: readonly string[],
): readonly CollectionName[] | undefined {
  const probe = '\u0000probe';
  const keys = path.filter((key) => !key.startsWith('@'));
  const build = (i: number): unknown =>
    i === keys.length
      ? probe
      : keys[i] === '*'
        ? [build(i + 1)]
        : { [keys[i] as string]: build(i + 1) };
  const data = build(0);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  return referencesOf(collection, data as Record<string, unknown>).find(
    (ref) => ref.value === probe,
  )?.accepts;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

function optionsFor(path: string, values: readonly unknown[]) {
  const labels = lookup(cmsOptionLabels, path) ?? {};
  return values.map((value) => ({
    label: labels[String(value)] ?? String(value),
    value: String(value),
  }));
}

function referenceOptions(ctx: FieldContext, accepts: readonly CollectionName[]) {
  return (ctx.entries ?? [])
    .filter((entry) => accepts.includes(entry.collection))
    .map((entry) => ({ label: `${entry.title}（${entry.id}）`, value: entry.id }));
}

/** One property of a schema, where it stands (its path of names) and whether it must be filled. */
interface Property {
  name: string;
  path: readonly string[];
  schema: JsonSchema;
  required: boolean;
}

/** The base of every field: name, label, whether it must be filled, help and default. */
function base({ name, path, schema, required }: Property, ctx: FieldContext) {
  const field: Pick<CmsField, 'name' | 'label' | 'required' | 'hint' | 'default'> = {
    name,
    label: entryFor(cmsFieldLabels, path) ?? name,
    required,
  };
  const hint = entryFor(cmsFieldHints, path);
  if (hint) field.hint = hint;
  const fallback = ctx.defaults ? entryFor(ctx.defaults, path) : undefined;
  const value = schema.default ?? fallback;
  if (!isEmpty(value)) field.default = value;
  return field;
}

/** A string field: a pick list for enums and references, else one line or a paragraph. */
function stringField(property: Property, ctx: FieldContext): CmsField {
  const { path, schema } = property;
  const at = labelPath(path);
  const accepts = ctx.collection ? referenceAccepts(ctx.collection, path) : undefined;
  if (schema.enum)
    return {
      ...base(property, ctx),
      widget: 'select',
      options: optionsFor(at, schema.enum),
    };
  if (accepts && ctx.entries) {
    return {
      ...base(property, ctx),
      widget: 'select',
      options: referenceOptions(ctx, accepts),
    };
  }
  const field: CmsField = {
    ...base(property, ctx),
    widget: [...ctx.longText].some((tail) => at === tail || at.endsWith(`.${tail}`))
      ? 'text'
      : 'string',
  };
  if (schema.pattern) {
    const example =
      (ctx.patternExamples && lookup(ctx.patternExamples, at)) ?? cmsCollectionText.idExample;
    field.pattern = [schema.pattern, cmsCollectionText.patternError(example)];
  }
  if (schema.minLength !== undefined && schema.minLength > 1) field.minlength = schema.minLength;
  if (schema.maxLength !== undefined) field.maxlength = schema.maxLength;
  return field;
}

function numberField(property: Property, ctx: FieldContext): CmsField {
  const { schema } = property;
  const integer = schema.type === 'integer';
  const field: CmsField = {
    ...base(property, ctx),
    widget: 'number',
    value_type: integer ? 'int' : 'float',
  };
  const min =
    schema.minimum ??
    (schema.exclusiveMinimum !== undefined
      ? schema.exclusiveMinimum + (integer ? 1 : 0)
      : undefined);
  if (min !== undefined) field.min = min;
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER)
    field.max = schema.maximum;
  return field;
}

/** A list: ids to pick, one sub-field per item, an object per item, or one of several kinds. */
function listField(property: Property, ctx: FieldContext): CmsField {
  const { name, path, schema } = property;
  const at = labelPath(path);
  const items = schema.items ?? {};
  const itemPath = [...path, '*'];
  const limits: Pick<CmsField, 'min' | 'max'> = {};
  if (schema.minItems !== undefined) limits.min = schema.minItems;
  if (schema.maxItems !== undefined) limits.max = schema.maxItems;
  const accepts =
    ctx.collection && items.type === 'string'
      ? referenceAccepts(ctx.collection, itemPath)
      : undefined;
  if (accepts && ctx.entries) {
    return {
      ...base(property, ctx),
      widget: 'select',
      multiple: true,
      options: referenceOptions(ctx, accepts),
      ...limits,
    };
  }
  const field: CmsField = { ...base(property, ctx), widget: 'list', ...limits };
  // Sveltia takes a list's default as strings or objects only; a list of numbers starts empty and
  // the schema's default applies when it is left out.
  if (items.type !== 'string' && items.type !== 'object' && !items.oneOf) delete field.default;
  const singular = cmsItemLabels[name];
  if (singular) field.label_singular = singular;
  const summary = ctx.summaries?.[at];
  if (summary) field.summary = summary;
  if (items.oneOf) {
    // A discriminated union (question types): one kind per `type` value.
    field.typeKey = 'type';
    field.types = items.oneOf.map((variant) => {
      const kind = String(variant.properties?.type?.const);
      return {
        name: kind,
        label: lookup(cmsOptionLabels, 'type')?.[kind] ?? kind,
        widget: 'object' as const,
        fields: objectFields(variant, [...itemPath, `@${kind}`], ctx).filter(
          (f) => f.name !== 'type',
        ),
      };
    });
    field.collapsed = 'auto';
  } else if (items.type === 'object') {
    field.fields = objectFields(items, itemPath, ctx);
    field.collapsed = 'auto';
  } else {
    // One value per item: the list's own label and help say what it is.
    const { hint: _hint, ...item } = fieldOf(
      { name, path: itemPath, schema: items, required: true },
      ctx,
    );
    field.field = item;
  }
  return field;
}

/** An object of known fields, a score per standard (partial record), or free key–value pairs. */
function objectField(property: Property, ctx: FieldContext): CmsField {
  const { path, schema } = property;
  const own = base(property, ctx);
  const keys = schema.propertyNames?.enum;
  const values =
    typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  if (keys && values) {
    return {
      ...own,
      widget: 'object',
      fields: keys.map((key) =>
        fieldOf(
          { name: String(key), path: [...path, String(key)], schema: values, required: false },
          ctx,
        ),
      ),
    };
  }
  if (!schema.properties && values) {
    const [keyLabel, valueLabel] = lookup(cmsKeyValueLabels, labelPath(path)) ?? [];
    return {
      ...own,
      widget: 'keyvalue',
      ...(keyLabel ? { key_label: keyLabel } : {}),
      ...(valueLabel ? { value_label: valueLabel } : {}),
    };
  }
  return { ...own, widget: 'object', fields: objectFields(schema, path, ctx) };
}

/** The field for one property. */
function fieldOf(property: Property, ctx: FieldContext): CmsField {
  switch (property.schema.type) {
    case 'string':
      return stringField(property, ctx);
    case 'integer':
    case 'number':
      return numberField(property, ctx);
    case 'boolean':
      return { ...base(property, ctx), widget: 'boolean' };
    case 'array':
      return listField(property, ctx);
    case 'object':
      return objectField(property, ctx);
    default:
      throw new Error(
        `cms: 字段 ${labelPath(property.path)} 的类型 ${String(property.schema.type)} 还没有对应的编辑控件。修正：在 src/lib/cms/fields.ts 里加上它。`,
      );
  }
}

/** The fields of an object schema, in the schema's order. */
export function objectFields(
  schema: JsonSchema,
  path: readonly string[],
  ctx: FieldContext,
): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, value]) =>
    fieldOf({ name, path: [...path, name], schema: value, required: required.has(name) }, ctx),
  );
}
