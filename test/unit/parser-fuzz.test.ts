/**
 * Fuzzing the four readers of untrusted input: saved progress
 * (`readRecord`), frameworks (`parseFramework`), framework translations
 * (`parseFrameworkTranslation`) and import files (`readImportFile`).
 *
 * What the other unit tests already cover is not repeated: readImportFile
 * with arbitrary strings, JSON and fc.anything() (export-file.test.ts),
 * every prefix of an export file, record round trips. Added here:
 *
 * - readRecord, parseFramework and parseFrameworkTranslation with arbitrary
 *   text, JSON, and (the two parsers take objects from host pages too)
 *   any JavaScript value: Maps, Sets, Dates, null prototypes, sparse arrays;
 * - all four with mutations of valid documents: a field dropped, renamed
 *   (to "__proto__", "constructor", a near miss), given another type, a
 *   "__proto__" or "constructor" key inserted, an array entry duplicated,
 *   a text or list cut short; one to three at a time;
 * - every prefix of a stored record, and of an export of stored progress.
 *
 * Properties, for every input:
 * - never throws; a refusal is one of the documented kinds, with problems;
 * - what is accepted is valid: checked again independently (an oracle for
 *   records and export files, structural checks for frameworks and
 *   translations) and by reading back what the accepted value writes;
 * - nothing is dropped from what is accepted: every response (practice,
 *   translated text) in the input is in the output, exactly;
 * - for records and export files, valid input is accepted (the oracle
 *   agrees both ways) unless it has fields the oracle does not model;
 * - Object.prototype and Array.prototype are never touched.
 *
 * Runs: RUNS (300) per property on arbitrary input, MUTATION_RUNS (400)
 * mutated documents per reader, every prefix of 6 records and 4 backups;
 * about 5 s in all (twice that on a busy machine).
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ncvoJson from '../../framework/ncvo-collaborative-behaviours.json';
import exampleJson from '../../framework/examples/partnership-health-check.json';
import welshJson from '../../framework/translations/ncvo-collaborative-behaviours.cy.json';
import { buildExportFile, EXPORT_FORMAT, readImportFile, type ImportReading } from '../../src/core/exchange/export-file.js';
import type { Framework } from '../../src/core/framework/framework-schema.js';
import { parseFrameworkTranslation, type FrameworkTranslation } from '../../src/core/framework/framework-translation.js';
import { parseFramework } from '../../src/core/framework/parse-framework.js';
import { ID_PATTERN } from '../../src/core/identifiers.js';
import type { ProgressRecord } from '../../src/core/progress/progress-record.js';
import { PROGRESS_FORMAT, readRecord, serializeRecord, type RecordReading } from '../../src/core/progress/record-codec.js';
import { frameworkArb, frameworkWithResponsesArb, idArb, practiceIdsOf, recordArb, timestampArb } from './arbitraries.js';

const RUNS = 300;
const MUTATION_RUNS = 400;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** Sets a key as an own property, even "__proto__" (plain assignment would set the prototype). */
function setOwn(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// --- prototypes are never touched ----------------------------------------------

const OBJECT_PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTO_NAMES = Object.getOwnPropertyNames(Array.prototype).sort();

function expectPrototypesUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTO_NAMES);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTO_NAMES);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  const plain: Record<string, unknown> = {};
  for (const key of ['polluted', 'level', 'note', 'notApplicable', 'changedAt', 'id', 'text', 'title']) expect(plain[key]).toBeUndefined();
}

afterEach(() => {
  expectPrototypesUntouched();
});

// --- an independent oracle for times, responses, records and export files ---------

/** A UTC time as the formats allow it, checked here without the code under test. */
function isTime(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

/** A name as kept: trimmed, then, if longer, cut at 100 UTF-16 units, never through a surrogate pair. */
function nameAsKept(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length <= 100) return trimmed;
  const cut = trimmed.slice(0, 100);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** "By when": blank, or a real calendar date YYYY-MM-DD from year 1. */
function isDue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (value === '') return true;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return year > 0 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isValidResponse(value: unknown): boolean {
  if (!isObject(value)) return false;
  const ownerOk = !('owner' in value) || value.owner === undefined || typeof value.owner === 'string';
  const dueOk = !('due' in value) || value.due === undefined || isDue(value.due);
  return isId(value.level) && typeof value.notApplicable === 'boolean' && typeof value.note === 'string' && isTime(value.changedAt) && ownerOk && dueOk;
}

function areValidResponses(value: unknown): value is JsonObject {
  return isObject(value) && Object.keys(value).every((id) => isId(id) && isValidResponse(value[id]));
}

/** Fields of a stored record this oracle knows; a document with others is judged only one way. */
const RECORD_FIELDS = new Set(['format', 'formatVersion', 'framework', 'savedAt', 'clearedAt', 'responses']);

/** Whether a stored-record document is valid, judged without the code under test (fields beyond RECORD_FIELDS ignored). */
function isValidRecordDocument(document: unknown): boolean {
  if (!isObject(document)) return false;
  const { format, formatVersion, framework, savedAt, clearedAt, responses } = document;
  return (
    format === PROGRESS_FORMAT &&
    formatVersion === 1 &&
    isObject(framework) &&
    isId(framework.id) &&
    typeof framework.version === 'string' &&
    isTime(savedAt) &&
    (!('clearedAt' in document) || clearedAt === undefined || isTime(clearedAt)) &&
    areValidResponses(responses)
  );
}

const onlyKnownFields = (document: unknown, known: ReadonlySet<string>) => isObject(document) && Object.keys(document).every((key) => known.has(key));

const EXPORT_FIELDS = new Set(['format', 'formatVersion', 'exportedAt', 'framework', 'clearedAt', 'responses']);

function isValidExportDocument(document: unknown, framework: Framework): boolean {
  if (!isObject(document)) return false;
  const { format, formatVersion, exportedAt, framework: about, clearedAt, responses } = document;
  return (
    format === EXPORT_FORMAT &&
    formatVersion === 1 &&
    isTime(exportedAt) &&
    isObject(about) &&
    about.id === framework.id &&
    typeof about.version === 'string' &&
    typeof about.title === 'string' &&
    (!('clearedAt' in document) || isTime(clearedAt)) &&
    areValidResponses(responses)
  );
}

const canonical = (time: string) => new Date(time).toISOString();
const isCanonicalTime = (value: string | undefined) => value === undefined || (isTime(value) && canonical(value) === value);

/**
 * The responses a reader must give back for `responses` in a document:
 * every one, its time written canonically, unknown fields dropped.
 */
/**
 * Saved progress keeps a response's fields this version does not know
 * (`keepUnknownFields`), except the three names that would reach a
 * prototype; an import reads exactly the fields it knows (the four, and
 * "Who" and "By when" when given).
 */
function expectedResponses(responses: JsonObject, keepUnknownFields = false): [string, object][] {
  return Object.keys(responses)
    .sort()
    .map((id) => {
      const fields = responses[id] as JsonObject;
      const unknown = keepUnknownFields ? Object.fromEntries(Object.entries(fields).filter(([key]) => !['__proto__', 'prototype', 'constructor', 'owner', 'due'].includes(key))) : {};
      const { level, notApplicable, note, changedAt } = fields;
      // "Who" trimmed; a blank "Who" or "By when" is left out.
      const owner = typeof fields.owner === 'string' ? nameAsKept(fields.owner) : '';
      const due = typeof fields.due === 'string' ? fields.due : '';
      return [id, { ...unknown, level, notApplicable, note, ...(owner ? { owner } : {}), ...(due ? { due } : {}), changedAt: canonical(changedAt as string) }];
    });
}

const sortedEntries = <V>(map: ReadonlyMap<string, V>): [string, V][] => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

// --- checking what each reader gives ------------------------------------------

/** readRecord's answer to `text`, checked against everything it promises. */
function checkRecordReading(text: string): RecordReading {
  let reading!: RecordReading;
  expect(() => (reading = readRecord(text))).not.toThrow();
  let document: unknown;
  let isJson = true;
  try {
    document = JSON.parse(text);
  } catch {
    isJson = false;
  }
  const version = isObject(document) ? document.formatVersion : undefined;

  if (reading.kind === 'newer') {
    expect(typeof version === 'number' && version > 1).toBe(true);
    expect(reading.formatVersion).toBe(version);
  } else if (reading.kind === 'unreadable') {
    expect(reading.problems.length).toBeGreaterThan(0);
    for (const problem of reading.problems) expect(typeof problem).toBe('string');
    // Valid data is never called unreadable (when the oracle knows every field).
    if (isJson && onlyKnownFields(document, RECORD_FIELDS)) expect(isValidRecordDocument(document), 'a valid record was refused').toBe(false);
  } else {
    const { record } = reading;
    expect(isValidRecordDocument(document), 'an invalid record was accepted').toBe(true);
    const input = document as JsonObject;
    // Nothing dropped: every response in the document, exactly.
    // toEqual, not toStrictEqual: unknown fields' own objects are read without a prototype (own-data.ts).
    expect(sortedEntries(record.responses)).toEqual(expectedResponses(input.responses as JsonObject, true));
    expect(record.frameworkId).toBe((input.framework as JsonObject).id);
    expect(record.frameworkVersion).toBe((input.framework as JsonObject).version);
    expect(record.clearedAt).toBe(input.clearedAt === undefined ? undefined : canonical(input.clearedAt as string));
    checkRecordShape(record, true);
    // What it accepted, written and read again, is the same record.
    const again = readRecord(serializeRecord(record, '2026-01-01T00:00:00.000Z'));
    expect(again.kind).toBe('record');
    if (again.kind === 'record') expect(again.record).toStrictEqual(record);
  }
  expectPrototypesUntouched();
  return reading;
}

function checkRecordShape(record: ProgressRecord, unknownFieldsKept = false): void {
  expect(record.responses).toBeInstanceOf(Map);
  expect(isCanonicalTime(record.clearedAt)).toBe(true);
  for (const [id, response] of record.responses) {
    expect(isId(id), `practice id ${JSON.stringify(id)}`).toBe(true);
    if (unknownFieldsKept) expect(Object.keys(response)).to.include.members(['changedAt', 'level', 'notApplicable', 'note']);
    else expect(Object.keys(response).filter((key) => key !== 'owner' && key !== 'due').sort()).toEqual(['changedAt', 'level', 'notApplicable', 'note']);
    expect(Object.getPrototypeOf(response)).toBe(Object.prototype);
    expect(isId(response.level)).toBe(true);
    expect(isCanonicalTime(response.changedAt)).toBe(true);
  }
}

const IMPORT_PROBLEMS = ['too-large', 'not-json', 'not-an-export', 'newer-version', 'other-framework', 'invalid'];

/** readImportFile's answer to `text` for `framework`, checked against everything it promises. */
function checkImportReading(text: string, framework: Framework): ImportReading {
  let reading!: ImportReading;
  expect(() => (reading = readImportFile(text, framework))).not.toThrow();
  let document: unknown;
  try {
    document = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    document = undefined;
  }
  const format = isObject(document) ? document.format : undefined;

  if (!reading.ok) {
    expect(IMPORT_PROBLEMS).toContain(reading.problem.kind);
    if (reading.problem.kind === 'invalid') expect(reading.problem.details.length).toBeGreaterThan(0);
    if (format === EXPORT_FORMAT && onlyKnownFields(document, EXPORT_FIELDS)) {
      expect(isValidExportDocument(document, framework), 'a valid export was refused').toBe(false);
    }
    if (format === PROGRESS_FORMAT && onlyKnownFields(document, RECORD_FIELDS) && isValidRecordDocument(document)) {
      // A valid stored record is refused only when it belongs to another checklist.
      expect(reading.problem.kind).toBe('other-framework');
    }
  } else {
    const { record, summary } = reading;
    const input = document as JsonObject;
    if (format === EXPORT_FORMAT) expect(isValidExportDocument(document, framework), 'an invalid export was accepted').toBe(true);
    else {
      expect(format).toBe(PROGRESS_FORMAT);
      expect(isValidRecordDocument(document), 'an invalid stored record was accepted').toBe(true);
      expect((input.framework as JsonObject).id).toBe(framework.id);
    }
    expect(record.frameworkId).toBe(framework.id);
    expect(record.frameworkVersion).toBe(framework.version);
    expect(sortedEntries(record.responses)).toStrictEqual(expectedResponses(input.responses as JsonObject));
    checkRecordShape(record);
    expect(summary.responses).toBe(record.responses.size);
    const known = new Set(practiceIdsOf(framework));
    expect(summary.unknownPractices).toBe([...record.responses.keys()].filter((id) => !known.has(id)).length);
    expect(summary.inPlace + summary.notApplicable).toBeLessThanOrEqual(summary.responses - summary.unknownPractices);
    expect(isCanonicalTime(summary.exportedAt)).toBe(true);
    // Exported again and read back: the same record.
    const again = readImportFile(buildExportFile(record, framework, summary.exportedAt), framework);
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.record).toStrictEqual(record);
  }
  expectPrototypesUntouched();
  return reading;
}

/** Every object and list in a parsed value is plain data: no Map, Set, Date or other prototype from the input. */
function expectPlainData(value: unknown, path = ''): void {
  if (typeof value !== 'object' || value === null) {
    expect(['string', 'number', 'boolean'], `${path} is ${typeof value}`).toContain(typeof value);
    return;
  }
  if (Array.isArray(value)) {
    expect(Object.getPrototypeOf(value)).toBe(Array.prototype);
    value.forEach((item, i) => expectPlainData(item, `${path}[${i}]`));
    return;
  }
  expect(Object.getPrototypeOf(value), `${path} is a plain object`).toBe(Object.prototype);
  expect(Object.keys(value)).not.toContain('__proto__');
  for (const [key, item] of Object.entries(value)) expectPlainData(item, `${path}.${key}`);
}

const isText = (value: unknown, max: number) => typeof value === 'string' && /\S/.test(value) && value.length <= max;

/** parseFramework's answer to `input`, checked against everything it promises. */
function checkFramework(input: unknown): void {
  let result!: ReturnType<typeof parseFramework>;
  expect(() => (result = parseFramework(input))).not.toThrow();
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(typeof problem).toBe('string');
  } else {
    const framework = result.value;
    expectPlainData(framework);
    expect(framework.formatVersion).toBe(1);
    expect(isId(framework.id)).toBe(true);
    expect(isText(framework.version, 40) && isText(framework.title, 300)).toBe(true);
    const scale = framework.ratingScale;
    expect(scale.length).toBeGreaterThanOrEqual(2);
    expect(scale.length).toBeLessThanOrEqual(7);
    expect(scale[0].weight).toBe(0);
    expect(scale[scale.length - 1].weight).toBe(1);
    scale.forEach((level, i) => {
      expect(isId(level.id) && isText(level.label, 60)).toBe(true);
      if (i > 0) expect(level.weight).toBeGreaterThan(scale[i - 1].weight);
    });
    expect(new Set(scale.map((level) => level.id)).size).toBe(scale.length);
    expect(framework.behaviours.length).toBeGreaterThan(0);
    const behaviourIds = framework.behaviours.map((behaviour) => behaviour.id);
    expect(new Set(behaviourIds).size, 'behaviour ids are unique').toBe(behaviourIds.length);
    const practiceIds = practiceIdsOf(framework);
    expect(new Set(practiceIds).size, 'practice ids are unique').toBe(practiceIds.length);
    for (const behaviour of framework.behaviours) {
      expect(isId(behaviour.id) && isText(behaviour.title, 300)).toBe(true);
      expect(behaviour.practices.length).toBeGreaterThan(0);
      for (const practice of behaviour.practices) expect(isId(practice.id) && isText(practice.text, 1000)).toBe(true);
    }
    // Nothing dropped: the behaviours and practices given, in order.
    const given = input as { behaviours: { id: string; practices: { id: string; text: string }[] }[] };
    expect(framework.behaviours.map((b) => [b.id, b.practices.map((p) => [p.id, p.text])])).toStrictEqual(
      given.behaviours.map((b) => [b.id, b.practices.map((p) => [p.id, p.text])]),
    );
    // Accepted again as it is, written as JSON.
    const again = parseFramework(clone(framework));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.value).toStrictEqual(framework);
  }
  expectPrototypesUntouched();
}

/** A translation back in its file form (Maps as objects), to read again. */
function translationAsJson(translation: FrameworkTranslation): unknown {
  return JSON.parse(
    JSON.stringify(translation, (_key, value: unknown) => (value instanceof Map ? Object.fromEntries(value as Map<string, unknown>) : value)),
  );
}

/** parseFrameworkTranslation's answer to `input`, checked against everything it promises. */
function checkTranslation(input: unknown): void {
  let result!: ReturnType<typeof parseFrameworkTranslation>;
  expect(() => (result = parseFrameworkTranslation(input))).not.toThrow();
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(typeof problem).toBe('string');
  } else {
    const translation = result.value;
    expect(translation.formatVersion).toBe(1);
    expect(isId(translation.frameworkId)).toBe(true);
    const given = input as Record<string, unknown>;
    for (const field of ['ratingScale', 'behaviours', 'practices'] as const) {
      const map = translation[field] as ReadonlyMap<string, unknown> | undefined;
      if (map === undefined) {
        expect(given[field]).toBeUndefined();
        continue;
      }
      expect(map).toBeInstanceOf(Map);
      for (const id of map.keys()) expect(isId(id), `${field} key ${JSON.stringify(id)}`).toBe(true);
      // Nothing dropped: every key given, including "constructor" and "prototype".
      expect([...map.keys()].sort()).toEqual(Object.keys(given[field] as object).sort());
    }
    for (const text of translation.practices?.values() ?? []) expect(isText(text, 1000)).toBe(true);
    const again = parseFrameworkTranslation(translationAsJson(translation));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.value).toStrictEqual(translation);
  }
  expectPrototypesUntouched();
}

// --- mutations of valid documents ---------------------------------------------------

type Path = (string | number)[];

/** Every place in a document: the root, and every field and list entry below it. */
function pathsOf(value: Json, path: Path = []): Path[] {
  const found: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...pathsOf(item, [...path, i])));
  else if (isObject(value)) for (const key of Object.keys(value)) found.push(...pathsOf(value[key], [...path, key]));
  return found;
}

function at(document: Json, path: Path): Json {
  let here: Json = document;
  for (const step of path) here = (here as Record<string | number, Json>)[step];
  return here;
}

type Mutation =
  | { readonly op: 'drop'; readonly place: number }
  | { readonly op: 'rename'; readonly place: number; readonly to: string }
  | { readonly op: 'retype'; readonly place: number; readonly value: Json }
  | { readonly op: 'insert'; readonly place: number; readonly key: string; readonly value: Json }
  | { readonly op: 'duplicate'; readonly place: number }
  | { readonly op: 'truncate'; readonly place: number; readonly keep: number }
  /** A time written another valid way ("10:15:00Z", "10:15:00.5Z"), which readers must write canonically. */
  | { readonly op: 'retime'; readonly place: number; readonly style: 'seconds' | 'tenths' };

const awkwardKeyArb = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf'),
  fc.constantFrom('', ' ', 'ID', 'Id', 'text ', 'leadin', 'formatversion', 'practice', 'response', 'profile'),
  idArb,
  fc.string({ maxLength: 8 }),
);

/** Values that are each wrong somewhere: other types, empty things, edge numbers, long text, prototype bait. */
const wrongValueArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1, 2, 1.5, 1e21, -0, '', ' ', 'x'.repeat(3001), [], {}, [null], { polluted: true }),
  fc.constantFrom<Json>('2026-02-30T10:00:00.000Z', '2026-03-04T10:15:00Z', '2026-03-04', 'in-place', 'not-yet', '__proto__', 'constructor'),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), place: fc.nat() }),
  fc.record({ op: fc.constant('rename' as const), place: fc.nat(), to: awkwardKeyArb }),
  fc.record({ op: fc.constant('retype' as const), place: fc.nat(), value: wrongValueArb }),
  fc.record({ op: fc.constant('insert' as const), place: fc.nat(), key: awkwardKeyArb, value: wrongValueArb }),
  fc.record({ op: fc.constant('duplicate' as const), place: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), place: fc.nat(), keep: fc.nat({ max: 40 }) }),
  fc.record({ op: fc.constant('retime' as const), place: fc.nat(), style: fc.constantFrom('seconds' as const, 'tenths' as const) }),
);

/** Applies `mutation` to a copy of `document`; places are taken modulo the places that suit the operation. */
function mutate(document: Json, mutation: Mutation): Json {
  const copy = clone(document);
  const all = pathsOf(copy);
  const pick = (places: Path[]) => (places.length ? places[mutation.place % places.length] : undefined);
  const parentOf = (path: Path) => at(copy, path.slice(0, -1));
  switch (mutation.op) {
    case 'drop': {
      const path = pick(all.filter((p) => p.length > 0));
      if (!path) return copy;
      const parent = parentOf(path);
      if (Array.isArray(parent)) parent.splice(path[path.length - 1] as number, 1);
      else delete (parent as JsonObject)[path[path.length - 1]];
      return copy;
    }
    case 'rename': {
      const path = pick(all.filter((p) => p.length > 0 && typeof p[p.length - 1] === 'string'));
      if (!path) return copy;
      const parent = parentOf(path) as JsonObject;
      const key = path[path.length - 1] as string;
      const value = parent[key];
      delete parent[key];
      setOwn(parent, mutation.to, value);
      return copy;
    }
    case 'retype': {
      const path = pick(all);
      if (!path) return copy;
      if (path.length === 0) return clone(mutation.value);
      const parent = parentOf(path);
      if (Array.isArray(parent)) parent[path[path.length - 1] as number] = clone(mutation.value);
      else setOwn(parent as JsonObject, path[path.length - 1] as string, clone(mutation.value));
      return copy;
    }
    case 'insert': {
      const path = pick(all.filter((p) => isObject(at(copy, p))));
      if (!path) return copy;
      setOwn(at(copy, path) as JsonObject, mutation.key, clone(mutation.value));
      return copy;
    }
    case 'duplicate': {
      const path = pick(all.filter((p) => Array.isArray(at(copy, p)) && (at(copy, p) as Json[]).length > 0));
      if (!path) return copy;
      const list = at(copy, path) as Json[];
      const index = mutation.place % list.length;
      list.splice(index, 0, clone(list[index]));
      return copy;
    }
    case 'truncate': {
      const path = pick(all.filter((p) => typeof at(copy, p) === 'string' || Array.isArray(at(copy, p))));
      if (!path) return copy;
      const value = at(copy, path) as string | Json[];
      const cut = value.slice(0, mutation.keep % (value.length + 1)) as Json;
      if (path.length === 0) return cut;
      const parent = parentOf(path);
      if (Array.isArray(parent)) parent[path[path.length - 1] as number] = cut;
      else setOwn(parent as JsonObject, path[path.length - 1] as string, cut);
      return copy;
    }
    case 'retime': {
      const path = pick(all.filter((p) => p.length > 0 && isTime(at(copy, p))));
      if (!path) return copy;
      const time = at(copy, path) as string;
      const seconds = time.slice(0, 19);
      const retimed = mutation.style === 'seconds' ? `${seconds}Z` : `${seconds}.${new Date(time).getUTCMilliseconds() % 10}Z`;
      setOwn(parentOf(path) as JsonObject, path[path.length - 1] as string, retimed);
      return copy;
    }
  }
}

const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 3 });
const applyAll = (document: Json, mutations: readonly Mutation[]) => mutations.reduce(mutate, document);

/** Text as it reaches a reader: JSON.stringify keeps an own "__proto__" key as a key. */
const asText = (document: Json) => JSON.stringify(document);

// --- valid documents to start from ---------------------------------------------

const SAVED_AT = '2026-11-25T10:00:00.000Z';

const storedRecordDocumentArb: fc.Arbitrary<Json> = fc
  .tuple(recordArb, timestampArb)
  .map(([record, savedAt]) => JSON.parse(serializeRecord(record, savedAt)) as Json);

function parsedFramework(input: unknown): Framework {
  const result = parseFramework(input);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
}

const ncvo = parsedFramework(ncvoJson);

/** An export of some progress in a generated framework, with that framework. */
const exportDocumentArb: fc.Arbitrary<{ framework: Framework; document: Json }> = fc
  .tuple(frameworkWithResponsesArb(), fc.option(timestampArb, { nil: undefined }), timestampArb)
  .map(([{ framework, responses }, clearedAt, at]) => {
    const record: ProgressRecord = { frameworkId: framework.id, frameworkVersion: framework.version, ...(clearedAt ? { clearedAt } : {}), responses };
    return { framework, document: JSON.parse(buildExportFile(record, framework, at)) as Json };
  });

/** Stored progress of a generated framework, as a backup someone imports. */
const storedBackupArb: fc.Arbitrary<{ framework: Framework; document: Json }> = fc
  .tuple(frameworkWithResponsesArb(), timestampArb)
  .map(([{ framework, responses }, at]) => ({
    framework,
    document: JSON.parse(serializeRecord({ frameworkId: framework.id, frameworkVersion: framework.version, responses }, at)) as Json,
  }));

const frameworkDocumentArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: frameworkArb().map((framework) => clone(framework) as unknown as Json) },
  { weight: 1, arbitrary: fc.constantFrom(ncvoJson as unknown as Json, exampleJson as unknown as Json) },
);

/** A translation of a generated framework, every text translated, keyed by its (awkward) ids. */
const translationDocumentArb: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 3,
    arbitrary: frameworkArb().map(
      (framework) =>
        ({
          formatVersion: 1,
          frameworkId: framework.id,
          lang: 'cy',
          review: { status: 'draft', note: 'Drafft', reviewedOn: '2026-11' },
          title: 'Teitl',
          intro: ['Paragraff'],
          source: { publisher: null, report: 'Adroddiad' },
          ratingScale: Object.fromEntries(framework.ratingScale.map((level) => [level.id, `Lefel ${level.id}`])),
          behavioursHeading: 'Ymddygiadau',
          behaviours: Object.fromEntries(framework.behaviours.map((behaviour) => [behaviour.id, { title: `Ymddygiad ${behaviour.id}` }])),
          practices: Object.fromEntries(practiceIdsOf(framework).map((id) => [id, `Arfer ${id}`])),
        }) as Json,
    ),
  },
  { weight: 1, arbitrary: fc.constant(welshJson as unknown as Json) },
);

// --- the tests ---------------------------------------------------------------------

/** Any JavaScript value a host page could hand over, not only what JSON can say. */
const anyValueArb = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 3,
});

/** Strings, JSON text and serialised values: what text-reading functions may be given. */
const anyTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.json({ maxDepth: 3 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.anything({ maxDepth: 3 }).map((value) => String(JSON.stringify(value))),
);

/** Objects carrying the right markers and arbitrary rest, so the readers get past their first checks. */
const markedRecordArb: fc.Arbitrary<Json> = fc.record(
  {
    format: fc.constant(PROGRESS_FORMAT),
    formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
    framework: fc.oneof(fc.constant({ id: 'x', version: '1' }), fc.jsonValue()),
    savedAt: fc.oneof(timestampArb, fc.jsonValue()),
    clearedAt: fc.oneof(timestampArb, fc.jsonValue()),
    responses: fc.oneof(
      fc.dictionary(fc.oneof(idArb, awkwardKeyArb), fc.oneof(fc.jsonValue(), fc.constant({ level: 'in-place', notApplicable: false, note: '', changedAt: SAVED_AT }))),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: ['format'] },
) as fc.Arbitrary<Json>;

describe('readRecord with anything', () => {
  it('never throws and accepts only valid records, for any text', () => {
    fc.assert(fc.property(anyTextArb, (text) => void checkRecordReading(text)), { numRuns: RUNS });
  });

  it('never throws and agrees with the oracle, for objects with the format marker and arbitrary fields', () => {
    fc.assert(fc.property(markedRecordArb, (document) => void checkRecordReading(asText(document))), { numRuns: RUNS });
  });
});

describe('readRecord with mutated valid records', () => {
  it('accepts every valid record it is given, with every response', () => {
    fc.assert(
      fc.property(storedRecordDocumentArb, (document) => {
        expect(checkRecordReading(asText(document)).kind).toBe('record');
      }),
      { numRuns: 100 },
    );
  });

  it(`never throws, accepts only valid records and drops nothing from those it accepts (${MUTATION_RUNS} mutated records)`, () => {
    fc.assert(fc.property(storedRecordDocumentArb, mutationsArb, (document, mutations) => void checkRecordReading(asText(applyAll(document, mutations)))), {
      numRuns: MUTATION_RUNS,
    });
  });

  it('refuses every shortened copy of a stored record, without throwing', () => {
    fc.assert(
      fc.property(storedRecordDocumentArb, (document) => {
        const text = asText(document);
        for (let length = 0; length < text.length; length += 1) expect(checkRecordReading(text.slice(0, length)).kind).toBe('unreadable');
      }),
      { numRuns: 6 },
    );
  });
});

describe('readImportFile with mutated valid files', () => {
  it(`never throws, accepts only valid exports and drops nothing (${MUTATION_RUNS} mutated exports)`, () => {
    fc.assert(
      fc.property(exportDocumentArb, mutationsArb, ({ framework, document }, mutations) => void checkImportReading(asText(applyAll(document, mutations)), framework)),
      { numRuns: MUTATION_RUNS },
    );
  });

  it(`never throws, accepts only valid stored-progress backups and drops nothing (${MUTATION_RUNS} mutated backups)`, () => {
    fc.assert(
      fc.property(storedBackupArb, mutationsArb, ({ framework, document }, mutations) => void checkImportReading(asText(applyAll(document, mutations)), framework)),
      { numRuns: MUTATION_RUNS },
    );
  });

  it('accepts every unmutated export and backup, with every response', () => {
    fc.assert(
      fc.property(fc.oneof(exportDocumentArb, storedBackupArb), ({ framework, document }) => {
        expect(checkImportReading(asText(document), framework).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses every shortened copy of a stored-progress backup, without throwing', () => {
    fc.assert(
      fc.property(storedBackupArb, ({ framework, document }) => {
        const text = asText(document);
        for (let length = 0; length < text.length; length += 1) expect(checkImportReading(text.slice(0, length), framework).ok).toBe(false);
      }),
      { numRuns: 4 },
    );
  });

  it('never throws for stored records with the marker and arbitrary fields, and agrees with the oracle', () => {
    const framework = { ...ncvo, id: 'x' };
    fc.assert(fc.property(markedRecordArb, (document) => void checkImportReading(asText(document), framework)), { numRuns: RUNS });
  });
});

describe('parseFramework with anything', () => {
  it('never throws for any JavaScript value a host page could pass', () => {
    fc.assert(fc.property(anyValueArb, (value) => void checkFramework(value)), { numRuns: RUNS });
  });

  it('never throws for any JSON a framework file could hold', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => void checkFramework(JSON.parse(text))), { numRuns: RUNS });
  });

  it(`never throws and accepts only valid frameworks, with every practice (${MUTATION_RUNS} mutated frameworks)`, () => {
    fc.assert(
      fc.property(frameworkDocumentArb, mutationsArb, (document, mutations) => {
        const mutated = applyAll(document, mutations);
        checkFramework(mutated);
        // As a file would bring it: through JSON text.
        checkFramework(JSON.parse(asText(mutated)));
      }),
      { numRuns: MUTATION_RUNS },
    );
  });

  it('refuses a framework with a practice listed twice, however it got there', () => {
    fc.assert(
      fc.property(frameworkDocumentArb, fc.nat(), fc.nat(), (document, b, p) => {
        const copy = clone(document) as { behaviours: { practices: Json[] }[] };
        const behaviour = copy.behaviours[b % copy.behaviours.length];
        const practice = behaviour.practices[p % behaviour.practices.length];
        copy.behaviours[(b + 1) % copy.behaviours.length].practices.push(clone(practice));
        const result = parseFramework(copy);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseFrameworkTranslation with anything', () => {
  it('never throws for any JavaScript value', () => {
    fc.assert(fc.property(anyValueArb, (value) => void checkTranslation(value)), { numRuns: RUNS });
  });

  it('never throws for any JSON a translation file could hold', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => void checkTranslation(JSON.parse(text))), { numRuns: RUNS });
  });

  it(`never throws and accepts only valid translations, with every text (${MUTATION_RUNS} mutated translations)`, () => {
    fc.assert(
      fc.property(translationDocumentArb, mutationsArb, (document, mutations) => {
        const mutated = applyAll(document, mutations);
        checkTranslation(mutated);
        checkTranslation(JSON.parse(asText(mutated)));
      }),
      { numRuns: MUTATION_RUNS },
    );
  });

  it('accepts every generated translation with every key, including "constructor" and "prototype"', () => {
    fc.assert(fc.property(translationDocumentArb, (document) => {
      checkTranslation(document);
      expect(parseFrameworkTranslation(document).ok).toBe(true);
    }), { numRuns: 100 });
  });
});

describe('deeply nested and cyclic input', () => {
  const DEPTH = 20_000;
  const deep = '['.repeat(DEPTH) + ']'.repeat(DEPTH);

  it('refuses lists nested 20,000 deep where a value belongs, without overflowing the stack', () => {
    const text = asText(JSON.parse(serializeRecord({ frameworkId: ncvo.id, frameworkVersion: '1', responses: new Map() }, SAVED_AT))).replace(
      '"responses":{}',
      `"responses":{"a":{"level":${deep},"notApplicable":false,"note":"","changedAt":"${SAVED_AT}"}}`,
    );
    expect(checkRecordReading(text).kind).toBe('unreadable');
    expect(checkImportReading(text, ncvo).ok).toBe(false);
    checkFramework({ ...ncvoJson, intro: [JSON.parse(deep)] });
    checkTranslation({ formatVersion: 1, frameworkId: ncvo.id, lang: 'cy', review: { status: 'draft' }, practices: { a: JSON.parse(deep) } });
  });

  it('refuses objects from a host page that contain themselves, without looping', () => {
    const intro: unknown[] = [];
    intro.push(intro);
    checkFramework({ ...ncvoJson, intro });
    const behaviour: Record<string, unknown> = { ...ncvoJson.behaviours[0] };
    behaviour.practices = [...ncvoJson.behaviours[0].practices, behaviour];
    checkFramework({ ...ncvoJson, behaviours: [behaviour] });
    expect(parseFramework({ ...ncvoJson, behaviours: [behaviour] }).ok).toBe(false);
  });
});

describe('the mutations themselves', () => {
  beforeAll(() => expectPrototypesUntouched());

  it('can put an own "__proto__" key into a document, which JSON text keeps', () => {
    const document = mutate({ responses: {} }, { op: 'insert', place: 1, key: '__proto__', value: { polluted: true } });
    expect(Object.keys((document as JsonObject).responses as object)).toEqual(['__proto__']);
    expect(asText(document)).toBe('{"responses":{"__proto__":{"polluted":true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reaches every kind of place: fields, list entries, the root', () => {
    expect(pathsOf({ a: [1, { b: 'x' }] })).toEqual([[], ['a'], ['a', 0], ['a', 1], ['a', 1, 'b']]);
    expect(mutate({ a: 'hello' }, { op: 'truncate', place: 1, keep: 2 })).toEqual({ a: 'he' });
    expect(mutate({ a: [1, 2] }, { op: 'duplicate', place: 0 })).toEqual({ a: [1, 1, 2] });
    expect(mutate({ a: 1 }, { op: 'rename', place: 0, to: 'b' })).toEqual({ b: 1 });
    expect(mutate({ t: '2026-03-04T10:15:00.000Z' }, { op: 'retime', place: 0, style: 'seconds' })).toEqual({ t: '2026-03-04T10:15:00Z' });
  });
});
