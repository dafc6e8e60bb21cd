import * as v from 'valibot';
import { IdSchema, idKeyedMap } from '../identifiers.js';
import { describeIssues } from '../issues.js';
import type { ProgressRecord } from './progress-record.js';
import type { PracticeResponse } from './response.js';

/** Marks a JSON document as saved progress, so other data is never mistaken for it. */
export const PROGRESS_FORMAT = 'collab-checklist-progress';
/** Bump only with a migration from every earlier version: saved progress must never break. */
export const PROGRESS_FORMAT_VERSION = 1;

const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** A real calendar time: Date would roll 2026-02-30 over to 2 March, so compare what it made of it. */
const isUtcTime = (value: string): boolean => {
  if (!TIMESTAMP_PATTERN.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
};

const Timestamp = v.pipe(
  v.string('must be text'),
  v.check(isUtcTime, 'must be a UTC time such as 2026-03-04T10:15:00.000Z'),
  // Written the one way Date#toISOString writes it, because records merge by
  // comparing times as text: "10:15:00Z" would otherwise sort after "10:15:00.500Z".
  v.transform((value) => new Date(value).toISOString()),
);

const ResponseSchema = v.object({
  level: IdSchema,
  notApplicable: v.boolean('must be true or false'),
  note: v.string('must be text'),
  changedAt: Timestamp,
});

const StoredRecordSchema = v.object({
  format: v.literal(PROGRESS_FORMAT, `must be "${PROGRESS_FORMAT}"`),
  formatVersion: v.literal(PROGRESS_FORMAT_VERSION, `must be ${PROGRESS_FORMAT_VERSION}`),
  framework: v.object({ id: IdSchema, version: v.string('must be text') }),
  savedAt: Timestamp,
  clearedAt: v.optional(Timestamp),
  responses: idKeyedMap(ResponseSchema, 'must be an object keyed by practice id'),
});

export type RecordReading =
  | { readonly kind: 'record'; readonly record: ProgressRecord }
  /** Written by a later version of the widget: keep it untouched. */
  | { readonly kind: 'newer'; readonly formatVersion: number }
  | { readonly kind: 'unreadable'; readonly problems: readonly string[] };

export function serializeRecord(record: ProgressRecord, savedAt: string): string {
  return JSON.stringify({
    format: PROGRESS_FORMAT,
    formatVersion: PROGRESS_FORMAT_VERSION,
    framework: { id: record.frameworkId, version: record.frameworkVersion },
    savedAt,
    ...(record.clearedAt === undefined ? {} : { clearedAt: record.clearedAt }),
    // Object.fromEntries defines own properties, so no key can reach a prototype.
    responses: Object.fromEntries(record.responses),
  });
}

export function readRecord(text: string): RecordReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', problems: ['The saved data is not valid JSON.'] };
  }
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > PROGRESS_FORMAT_VERSION) return { kind: 'newer', formatVersion: version };

  const parsed = v.safeParse(StoredRecordSchema, data);
  if (!parsed.success) return { kind: 'unreadable', problems: describeIssues(parsed.issues, '') };
  const { framework, clearedAt, responses } = parsed.output;
  const record: ProgressRecord = {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    ...(clearedAt === undefined ? {} : { clearedAt }),
    responses: new Map<string, PracticeResponse>(responses),
  };
  return { kind: 'record', record };
}
