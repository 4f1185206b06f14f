import type { CollectionFormat } from './versioned';

// The one way stored records are checked: a small set of validators composed into a schema per
// record, turned into a storage format by formatOf(). Not zod: zod/mini's client chunk alone is
// about 6 KB gzip, which would take drill pages past their 15 KB budget; this file is under 1 KB.
// Content schemas, checked at build time, stay in src/schemas with astro/zod.

/** What a validator returns for a value it refuses. */
export const invalid: unique symbol = Symbol('invalid');

/** Checks one stored value: the value (copied, unknown fields dropped) when valid, else `invalid`. */
export type Schema<T> = (raw: unknown) => T | typeof invalid;

/** The type a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A string of `min`–`max` characters (UTF-16 units), optionally matching `pattern`. */
export const text =
  ({
    min = 0,
    max = 10_000,
    pattern,
  }: { min?: number; max?: number; pattern?: RegExp } = {}): Schema<string> =>
  (raw) =>
    typeof raw === 'string' &&
    raw.length >= min &&
    raw.length <= max &&
    (!pattern || pattern.test(raw))
      ? raw
      : invalid;

/** A finite number within `min`–`max`, an integer when `int` is set. */
export const number =
  ({ min = -Number.MAX_VALUE, max = Number.MAX_VALUE, int = false } = {}): Schema<number> =>
  (raw) =>
    typeof raw === 'number' && raw >= min && raw <= max && (!int || Number.isInteger(raw))
      ? raw
      : invalid;

/** The last millisecond of the year 9999: far inside Date's range, so sums and formatting stay valid. */
export const maxTime = 253_402_300_799_999;

/** A moment as milliseconds since 1970, one that every Date and Intl formatter accepts. */
export const time = number({ min: 0, max: maxTime, int: true });

/** A percentage, 0 to 100. */
export const percent = number({ min: 0, max: 100 });

export const boolean: Schema<boolean> = (raw) => (typeof raw === 'boolean' ? raw : invalid);

/** An array whose every item is valid, at most `max` long. */
export const list =
  <T>(item: Schema<T>, { max = 100_000 } = {}): Schema<T[]> =>
  (raw) => {
    if (!Array.isArray(raw) || raw.length > max) return invalid;
    const out: T[] = [];
    for (const value of raw) {
      const checked = item(value);
      if (checked === invalid) return invalid;
      out.push(checked);
    }
    return out;
  };

/** The value may be absent (undefined). */
export const optional =
  <T>(schema: Schema<T>): Schema<T | undefined> =>
  (raw) =>
    raw === undefined ? undefined : schema(raw);

/** The value may be null. */
export const nullable =
  <T>(schema: Schema<T>): Schema<T | null> =>
  (raw) =>
    raw === null ? null : schema(raw);

/** A valid value that also passes `ok`. */
export const refine =
  <T>(schema: Schema<T>, ok: (value: T) => boolean): Schema<T> =>
  (raw) => {
    const value = schema(raw);
    return value !== invalid && ok(value) ? value : invalid;
  };

type Shape = Record<string, Schema<unknown>>;
type Required<S extends Shape> = {
  [K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]>;
};
type Optional<S extends Shape> = {
  [K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Infer<S[K]>;
};
/** An object type with optional keys for the fields whose schema allows undefined. */
export type ObjectOf<S extends Shape> = {
  [K in keyof (Required<S> & Optional<S>)]: (Required<S> & Optional<S>)[K];
};

/** A plain object with these fields; unknown fields are dropped, absent optional ones left out. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return (raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return invalid;
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      const value = shape[key]!((raw as Record<string, unknown>)[key]);
      if (value === invalid) return invalid;
      if (value !== undefined) out[key] = value;
    }
    return out as ObjectOf<S>;
  };
}

/** How a list of records is stored: its schema, and optionally its version, migrations and merge. */
export function formatOf<T>(
  schema: Schema<T>,
  options: Omit<CollectionFormat<T>, 'parseItem' | 'version'> & { version?: number } = {},
): CollectionFormat<T> {
  return {
    ...options,
    version: options.version ?? 1,
    parseItem: (raw) => {
      const value = schema(raw);
      return value === invalid ? undefined : value;
    },
  };
}
