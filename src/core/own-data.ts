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

/**
 * JSON text of plain data, as JSON.stringify gives it but never calling a
 * `toJSON` a host page put on a prototype: Prototype.js 1.6's
 * Array.prototype.toJSON turns every array into a string (snapshots were
 * saved as text and lost on reload), and an Object.prototype.toJSON
 * replaces every object. JSON.stringify calls `toJSON` before the replacer,
 * so the replacer goes back to the value the holder really has. The data
 * written here is built of plain objects, arrays and strings (times are ISO
 * text, never Dates), so no `toJSON` is ever wanted.
 */
export function jsonText(data: unknown, space?: number): string {
  return JSON.stringify(data, function (this: Record<string, unknown>, key) {
    return this[key];
  }, space);
}

/**
 * Whether JSON `text` holds `data`: compared as values, not as text, so a
 * store that wrote what it was given is told from one that kept something
 * else (`text` is parsed, never trusted because it matches other text).
 * Fields whose value is `undefined` count as absent, as in JSON.
 */
export function holdsData(text: string | null, data: unknown): boolean {
  if (text === null) return false;
  try {
    return sameData(JSON.parse(text), data);
  } catch {
    return false;
  }
}

/** Whether two pieces of JSON-like data hold the same values, whatever order their keys are in. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = definedKeys(a);
  return keys.length === definedKeys(b).length
    && keys.every((key) => sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const definedKeys = (value: object) => Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
