import * as v from 'valibot';

/**
 * Ids become keys in saved and exported progress. The pattern keeps them
 * readable in a file and keeps out keys such as `__proto__` (an id cannot
 * start with `_`).
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

export const IdSchema = v.pipe(
  v.string('must be text'),
  v.regex(ID_PATTERN, 'must be 1 to 80 letters, digits, ".", "_" or "-", starting with a letter or digit'),
);

/**
 * An object keyed by id, read into a Map. Not `v.record`: it silently skips
 * the keys "__proto__", "constructor" and "prototype", which would lose
 * entries for the valid ids "constructor" and "prototype" and hide a
 * "__proto__" key instead of reporting it.
 */
export function idKeyedMap<TValue extends v.GenericSchema>(value: TValue, message: string) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, message),
    v.transform((entries) => new Map(Object.entries(entries))),
    v.map(IdSchema, value),
  );
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
