import * as v from 'valibot';
import { cutName, ORGANISATION_SIZES, PARTNERSHIP_ROLES } from '../tailoring/profile.js';
import { IdSchema, idKeyedMap } from '../identifiers.js';
import { fields } from '../own-data.js';
import { MAX_DELETED_SNAPSHOTS, MAX_READ_SNAPSHOTS, SNAPSHOT_LABEL_MAX_LENGTH } from './snapshot.js';

/**
 * The checks shared by everything that reads responses from text a person
 * or another tab wrote: saved progress (record-codec.ts) and export files
 * (exchange/export-file.ts). One definition, so the two cannot drift apart.
 */

const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** A real calendar time: Date would roll 2026-02-30 over to 2 March, so compare what it made of it. */
export const isUtcTime = (value: string): boolean => {
  if (!TIMESTAMP_PATTERN.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
};

export const TimestampSchema = v.pipe(
  v.string('must be text'),
  v.check(isUtcTime, 'must be a UTC time such as 2026-03-04T10:15:00.000Z'),
  // Written the one way Date#toISOString writes it, because records merge by
  // comparing times as text: "10:15:00Z" would otherwise sort after "10:15:00.500Z".
  v.transform((value) => new Date(value).toISOString()),
);

const responseFields = fields({
  level: IdSchema,
  notApplicable: v.boolean('must be true or false'),
  note: v.string('must be text'),
  changedAt: TimestampSchema,
});

const RESPONSES_MESSAGE = 'must be an object keyed by practice id';

/** One response in an export file; unknown fields are dropped, so a response holds exactly these four. */
export const ResponseSchema = v.object(responseFields);

/** Responses keyed by practice id, read into a Map; "__proto__" and other non-ids are reported. */
export const ResponsesSchema = idKeyedMap(ResponseSchema, RESPONSES_MESSAGE);

/**
 * Responses in saved progress: as above, but fields this version does not
 * know (added by a newer minor version) are kept, so that saving here does
 * not strip them from what the newer version wrote.
 */
export const StoredResponseSchema = v.looseObject(responseFields);
export const StoredResponsesSchema = idKeyedMap(StoredResponseSchema, RESPONSES_MESSAGE);

/** "About your organisation", as saved with a record. */
export const ProfileSchema = v.object(fields({
  size: v.optional(v.picklist(ORGANISATION_SIZES, `must be one of ${ORGANISATION_SIZES.join(', ')}`)),
  role: v.optional(v.picklist(PARTNERSHIP_ROLES, `must be one of ${PARTNERSHIP_ROLES.join(', ')}`)),
  filledInBy: v.optional(v.pipe(v.string('must be text'), v.transform(cutName))),
  changedAt: TimestampSchema,
}));

/** "I have reviewed this", per behaviour, as saved with a record. */
export const ReviewsSchema = idKeyedMap(
  v.object(fields({ reviewed: v.boolean('must be true or false'), changedAt: TimestampSchema })),
  'must be an object keyed by behaviour id',
);

/** One snapshot ("Save a snapshot"), in saved progress and export files alike; unknown fields are dropped. */
export const SnapshotSchema = v.object(fields({
  takenAt: TimestampSchema,
  label: v.optional(v.pipe(v.string('must be text'), v.maxLength(SNAPSHOT_LABEL_MAX_LENGTH, `must be at most ${SNAPSHOT_LABEL_MAX_LENGTH} characters`))),
  answers: idKeyedMap(v.object(fields({ level: IdSchema, notApplicable: v.boolean('must be true or false') })), RESPONSES_MESSAGE),
}));

/** Snapshots are a list, at most MAX_READ_SNAPSHOTS; each time once, since the time is a snapshot's identity. */
export const SnapshotsSchema = v.pipe(
  v.array(SnapshotSchema, 'must be a list'),
  v.maxLength(MAX_READ_SNAPSHOTS, `must hold at most ${MAX_READ_SNAPSHOTS} snapshots`),
  v.check((list) => new Set(list.map((snapshot) => snapshot.takenAt)).size === list.length, 'must not hold two snapshots taken at one time'),
);

/** Snapshots deleted in this browser (saved progress only). */
export const DeletedSnapshotsSchema = v.pipe(
  v.array(v.object(fields({ takenAt: TimestampSchema, deletedAt: TimestampSchema })), 'must be a list'),
  v.maxLength(MAX_DELETED_SNAPSHOTS, `must hold at most ${MAX_DELETED_SNAPSHOTS} entries`),
);
