/*
 * Old host libraries add enumerable properties to Object.prototype. Valibot
 * walks object schemas and inputs with `for…in`, which sees inherited keys:
 * a polluted prototype made it call a string as a schema ("~run is not a
 * function") and report every inherited key as an unknown field. Schemas
 * and inputs without a prototype have nothing to inherit.
 */

/** An object schema's fields on an object without a prototype; use for every `v.object`/`v.strictObject`. */
export function fields<T extends object>(entries: T): T {
  return Object.assign(Object.create(null) as T, entries);
}

/** Nothing checked here is nested this deeply; deeper data is passed on as it is, so a cycle cannot loop. */
const MAX_DEPTH = 32;

/**
 * A copy of JSON-like data whose objects hold only their own properties and
 * have no prototype, for checking against a schema. Arrays stay arrays.
 */
export function ownData(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => ownData(item, depth + 1));
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) copy[key] = ownData(item, depth + 1);
  return copy;
}
