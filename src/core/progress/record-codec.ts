import * as v from 'valibot';
import { ID_PATTERN, IdSchema } from '../identifiers.js';
import { describeIssues } from '../issues.js';
import type { ProgressRecord } from './progress-record.js';
import type { PracticeResponse } from './response.js';
import { DeletedSnapshotsSchema, readEachSnapshot, ReviewsSchema, SnapshotsSchema, StoredResponseSchema, StoredResponsesSchema, StoredSnapshotSchema, TimestampSchema, StoredProfileSchema } from './response-schema.js';
import type { Snapshot } from './snapshot.js';
import { fields, jsonText, ownData } from '../own-data.js';

/** Marks a JSON document as saved progress, so other data is never mistaken for it. */
export const PROGRESS_FORMAT = 'collab-checklist-progress';
/**
 * Bump only with a migration from every earlier version: saved progress must
 * never break. Optional fields added within a version (`profile`, `reviews`)
 * and `snapshots`) are ones an older widget skips when reading, and keeps
 * when saving (see docs/decisions.md).
 */
export const PROGRESS_FORMAT_VERSION = 1;

/** What makes a document saved progress of this version, for this widget: without it nothing in it is used. */
const envelopeFields = {
  format: v.literal(PROGRESS_FORMAT, `must be "${PROGRESS_FORMAT}"`),
  formatVersion: v.literal(PROGRESS_FORMAT_VERSION, `must be ${PROGRESS_FORMAT_VERSION}`),
  framework: v.object(fields({ id: IdSchema, version: v.string('must be text') })),
};

/** Fields this version does not know are kept (see ProgressRecord.extra). */
const StoredRecordSchema = v.looseObject(fields({
  ...envelopeFields,
  savedAt: TimestampSchema,
  clearedAt: v.optional(TimestampSchema),
  responses: StoredResponsesSchema,
  profile: v.optional(StoredProfileSchema),
  reviews: v.optional(ReviewsSchema),
  snapshots: v.optional(SnapshotsSchema),
  deletedSnapshots: v.optional(DeletedSnapshotsSchema),
}));

export type RecordReading =
  | { readonly kind: 'record'; readonly record: ProgressRecord }
  /** Written by a later version of the widget: keep it untouched. */
  | { readonly kind: 'newer'; readonly formatVersion: number }
  /**
   * Not wholly readable. `salvaged`, when the document is this version's
   * saved progress, holds every response (and the reset time and profile)
   * that is readable on its own; `problems` says what was set aside.
   */
  | { readonly kind: 'unreadable'; readonly problems: readonly string[]; readonly salvaged?: ProgressRecord };

export function serializeRecord(record: ProgressRecord, savedAt: string): string {
  return jsonText(recordData(record, savedAt));
}

/** Saved progress as the plain data its JSON text holds (serializeRecord), for checking what a store kept. */
export function recordData(record: ProgressRecord, savedAt: string) {
  return {
    // First, so that the fields this version writes always win.
    ...record.extra,
    format: PROGRESS_FORMAT,
    formatVersion: PROGRESS_FORMAT_VERSION,
    framework: { id: record.frameworkId, version: record.frameworkVersion },
    savedAt,
    ...(record.clearedAt === undefined ? {} : { clearedAt: record.clearedAt }),
    ...(record.profile ? { profile: record.profile } : {}),
    ...(record.reviews?.size ? { reviews: Object.fromEntries(record.reviews) } : {}),
    ...(record.snapshots?.length ? { snapshots: record.snapshots.map(storedSnapshotData) } : {}),
    ...(record.deletedSnapshots?.length ? { deletedSnapshots: record.deletedSnapshots } : {}),
    // Object.fromEntries defines own properties, so no key can reach a prototype.
    responses: Object.fromEntries(record.responses),
  };
}

/** A snapshot as saved progress holds it: with the fields a later version added (StoredSnapshotSchema keeps them), answers as an object. */
function storedSnapshotData(snapshot: Snapshot) {
  return { ...snapshot, answers: Object.fromEntries(snapshot.answers) };
}

/** A snapshot as an export file holds it: exactly its known fields, its answers keyed by practice id (Object.fromEntries defines own properties, so no key reaches a prototype). */
export function snapshotData({ id, takenAt, label, answers }: Snapshot) {
  return { ...(id === undefined ? {} : { id }), takenAt, ...(label === undefined ? {} : { label }), answers: Object.fromEntries([...answers].map(([id, { level, notApplicable }]) => [id, { level, notApplicable }])) };
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

  const own = ownData(data);
  const parsed = v.safeParse(StoredRecordSchema, own);
  if (!parsed.success) {
    const salvaged = salvage(own);
    return { kind: 'unreadable', problems: describeIssues(parsed.issues, ''), ...(salvaged ? { salvaged } : {}) };
  }
  const { format: _format, formatVersion: _version, savedAt: _savedAt, framework, clearedAt, responses, profile, reviews, snapshots, deletedSnapshots, ...extra } = parsed.output;
  const record: ProgressRecord = {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    ...(Object.keys(extra).length ? { extra } : {}),
    ...(clearedAt === undefined ? {} : { clearedAt }),
    responses: new Map<string, PracticeResponse>(responses),
    ...(profile ? { profile } : {}),
    ...(reviews?.size ? { reviews } : {}),
    ...(snapshots?.length ? { snapshots } : {}),
    ...(deletedSnapshots?.length ? { deletedSnapshots } : {}),
  };
  return { kind: 'record', record };
}

const SalvageSchema = v.looseObject(fields({ ...envelopeFields, responses: v.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value)) }));

/**
 * One bad field must not hide every answer: reads each part of a record
 * that failed as a whole on its own, keeping whatever is readable.
 * `undefined` when the document is not this version's saved progress.
 */
function salvage(data: unknown): ProgressRecord | undefined {
  const envelope = v.safeParse(SalvageSchema, data);
  if (!envelope.success) return undefined;
  const { framework, responses, clearedAt, profile, reviews, snapshots, deletedSnapshots } = envelope.output as typeof envelope.output & {
    clearedAt?: unknown;
    profile?: unknown;
    reviews?: unknown;
    snapshots?: unknown;
    deletedSnapshots?: unknown;
  };
  const kept = new Map<string, PracticeResponse>();
  for (const [id, value] of Object.entries(responses)) {
    const response = v.safeParse(StoredResponseSchema, value);
    if (!ID_PATTERN.test(id)) continue;
    if (response.success) kept.set(id, response.output);
    else {
      // A bad "Who", "By when" or computer's time costs only itself: the level, the note and the others are kept.
      for (const left of [['wallAt'], ['due'], ['owner'], ['owner', 'due'], ['owner', 'due', 'wallAt']]) {
        const readable = v.safeParse(StoredResponseSchema, without(value, left));
        if (readable.success) {
          kept.set(id, readable.output);
          break;
        }
      }
    }
  }
  const reset = v.safeParse(TimestampSchema, clearedAt);
  const readableProfile = v.safeParse(StoredProfileSchema, profile);
  const readableReviews = v.safeParse(ReviewsSchema, reviews);
  const readableDeleted = v.safeParse(DeletedSnapshotsSchema, deletedSnapshots);
  const keptSnapshots = salvageSnapshots(snapshots);
  return {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    ...(reset.success ? { clearedAt: reset.output } : {}),
    responses: kept,
    ...(readableProfile.success ? { profile: readableProfile.output } : {}),
    ...(readableReviews.success && readableReviews.output.size ? { reviews: readableReviews.output } : {}),
    ...(keptSnapshots.length ? { snapshots: keptSnapshots } : {}),
    ...(readableDeleted.success && readableDeleted.output.length ? { deletedSnapshots: readableDeleted.output } : {}),
  };
}

/** A response as stored, less `left` ("Who", "By when"), for reading the rest when one of them is bad. */
function without(value: unknown, left: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return fields(Object.fromEntries(Object.entries(value).filter(([key]) => !left.includes(key))));
}

/** Each snapshot readable on its own (a bad one costs only itself), the newest MAX_READ_SNAPSHOTS. */
function salvageSnapshots(snapshots: unknown): Snapshot[] {
  return Array.isArray(snapshots) ? readEachSnapshot(snapshots, StoredSnapshotSchema).snapshots : [];
}
