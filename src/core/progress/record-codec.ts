import * as v from 'valibot';
import { IdSchema } from '../identifiers.js';
import { describeIssues } from '../issues.js';
import type { ProgressRecord } from './progress-record.js';
import type { PracticeResponse } from './response.js';
import { ResponsesSchema, ReviewsSchema, TimestampSchema, ProfileSchema } from './response-schema.js';

/** Marks a JSON document as saved progress, so other data is never mistaken for it. */
export const PROGRESS_FORMAT = 'collab-checklist-progress';
/**
 * Bump only with a migration from every earlier version: saved progress must
 * never break. Optional fields added within a version (`profile`, `reviews`)
 * are ones an older widget skips when reading (see docs/decisions.md).
 */
export const PROGRESS_FORMAT_VERSION = 1;

const StoredRecordSchema = v.object({
  format: v.literal(PROGRESS_FORMAT, `must be "${PROGRESS_FORMAT}"`),
  formatVersion: v.literal(PROGRESS_FORMAT_VERSION, `must be ${PROGRESS_FORMAT_VERSION}`),
  framework: v.object({ id: IdSchema, version: v.string('must be text') }),
  savedAt: TimestampSchema,
  clearedAt: v.optional(TimestampSchema),
  responses: ResponsesSchema,
  profile: v.optional(ProfileSchema),
  reviews: v.optional(ReviewsSchema),
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
    ...(record.profile ? { profile: record.profile } : {}),
    ...(record.reviews?.size ? { reviews: Object.fromEntries(record.reviews) } : {}),
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
  return readRecordData(data);
}

/**
 * Reads saved progress that is already parsed JSON: what `readRecord` does
 * after JSON.parse. Export files may hold such a record (a pasted backup).
 */
export function readRecordData(data: unknown): RecordReading {
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > PROGRESS_FORMAT_VERSION) return { kind: 'newer', formatVersion: version };

  const parsed = v.safeParse(StoredRecordSchema, data);
  if (!parsed.success) return { kind: 'unreadable', problems: describeIssues(parsed.issues, '') };
  const { framework, clearedAt, responses, profile, reviews } = parsed.output;
  const record: ProgressRecord = {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    ...(clearedAt === undefined ? {} : { clearedAt }),
    responses: new Map<string, PracticeResponse>(responses),
    ...(profile ? { profile } : {}),
    ...(reviews?.size ? { reviews } : {}),
  };
  return { kind: 'record', record };
}
