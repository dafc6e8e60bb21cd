import * as v from 'valibot';
import { cutName, keptName, ORGANISATION_SIZES, PARTNERSHIP_ROLES } from '../tailoring/profile.js';
import { IdSchema, idKeyedMap } from '../identifiers.js';
import { isCalendarDate } from '../local-date.js';
import { fields } from '../own-data.js';
import { latestDeletions, MAX_READ_SNAPSHOTS, oldestFirst, SNAPSHOT_ID, SNAPSHOT_LABEL_MAX_LENGTH, snapshotIdentity, type DeletedSnapshot, type Snapshot } from './snapshot.js';

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

/**
 * A name as a person typed it ("Who", the organisation): trimmed, and cut
 * to NAME_MAX_LENGTH rather than refused, as filledInBy is (cutName); a
 * blank one is left out (withoutBlank).
 */
const NameSchema = v.pipe(v.string('must be text'), v.transform(keptName));

/** "By when": a real calendar date, as a date input writes it; blank is left out by withoutBlank. */
const DueSchema = v.pipe(v.string('must be text'), v.check((value) => value === '' || isCalendarDate(value), 'must be a date written YYYY-MM-DD, such as 2026-03-31'));

const responseFields = fields({
  level: IdSchema,
  notApplicable: v.boolean('must be true or false'),
  note: v.string('must be text'),
  // Optional within format version 1 (issue 14): older widgets keep them in storage and drop them on import.
  owner: v.optional(NameSchema),
  due: v.optional(DueSchema),
  changedAt: TimestampSchema,
  wallAt: v.optional(TimestampSchema),
});

/** A blank name or date (say, from an edited file) is no answer, as it is when typed: the field is left out. */
function withoutBlank<T extends object>(...keys: (keyof T & string)[]): (value: T) => T {
  return (value) => {
    const copy = { ...value };
    for (const key of keys) if ((copy[key] as unknown) === '') delete copy[key];
    return copy;
  };
}

const RESPONSES_MESSAGE = 'must be an object keyed by practice id';

/** One response in an export file; unknown fields are dropped, so a response holds exactly these fields. */
export const ResponseSchema = v.pipe(v.object(responseFields), v.transform(withoutBlank('owner', 'due')));

/** Responses keyed by practice id, read into a Map; "__proto__" and other non-ids are reported. */
export const ResponsesSchema = idKeyedMap(ResponseSchema, RESPONSES_MESSAGE);

/**
 * Responses in saved progress: as above, but fields this version does not
 * know (added by a newer minor version) are kept, so that saving here does
 * not strip them from what the newer version wrote.
 */
export const StoredResponseSchema = v.pipe(v.looseObject(responseFields), v.transform(withoutBlank('owner', 'due')));
export const StoredResponsesSchema = idKeyedMap(StoredResponseSchema, RESPONSES_MESSAGE);

const profileFields = fields({
  size: v.optional(v.picklist(ORGANISATION_SIZES, `must be one of ${ORGANISATION_SIZES.join(', ')}`)),
  role: v.optional(v.picklist(PARTNERSHIP_ROLES, `must be one of ${PARTNERSHIP_ROLES.join(', ')}`)),
  filledInBy: v.optional(v.pipe(v.string('must be text'), v.transform(cutName))),
  // Optional within format version 1 (issue 14), like filledInBy.
  organisation: v.optional(NameSchema),
  changedAt: TimestampSchema,
});

/** "About your organisation" in an export file: exactly these fields, as a response there. */
export const ProfileSchema = v.pipe(v.object(profileFields), v.transform(withoutBlank('organisation')));

/**
 * "About your organisation" in saved progress: fields this version does not
 * know (a later minor version's, as `organisation` was to the versions
 * before it) are kept, so saving here does not strip them, as for responses.
 */
export const StoredProfileSchema = v.pipe(v.looseObject(profileFields), v.transform(withoutBlank('organisation')));

/** "I have reviewed this", per behaviour, as saved with a record. */
export const ReviewsSchema = idKeyedMap(
  v.object(fields({ reviewed: v.boolean('must be true or false'), changedAt: TimestampSchema })),
  'must be an object keyed by behaviour id',
);

/** A snapshot's id (optional: snapshots saved before ids have none). */
const SnapshotIdSchema = v.pipe(v.string('must be text'), v.regex(SNAPSHOT_ID, 'must be a snapshot id'));

const snapshotAnswerFields = fields({ level: IdSchema, notApplicable: v.boolean('must be true or false') });

/** A snapshot's fields, its answers read with `answer`; a blank label (say, from an edited file) is no name, as a blank Who. */
const snapshotSchemaFields = <A extends v.GenericSchema<unknown, { level: string; notApplicable: boolean }>>(answer: A) => fields({
  id: v.optional(SnapshotIdSchema),
  takenAt: TimestampSchema,
  label: v.optional(v.pipe(v.string('must be text'), v.maxLength(SNAPSHOT_LABEL_MAX_LENGTH, `must be at most ${SNAPSHOT_LABEL_MAX_LENGTH} characters`))),
  answers: idKeyedMap(answer, RESPONSES_MESSAGE),
});

/** One snapshot ("Save a snapshot") in an export file: exactly these fields, as a response there. */
export const SnapshotSchema = v.pipe(v.object(snapshotSchemaFields(v.object(snapshotAnswerFields))), v.transform(withoutBlank('label')));

/**
 * One snapshot in saved progress: fields this version does not know (in the
 * snapshot or one of its answers) are kept and written back, as a response's.
 */
export const StoredSnapshotSchema = v.pipe(v.looseObject(snapshotSchemaFields(v.looseObject(snapshotAnswerFields))), v.transform(withoutBlank('label')));

/**
 * Snapshots in saved progress: a list, each time once (as every version has
 * written it; mergeSnapshots keeps it so, see oneAtEachTime). Past MAX_READ_SNAPSHOTS (tabs merging their lists)
 * the newest are kept, oldest first: too many never makes progress unreadable.
 */
export const SnapshotsSchema = v.pipe(
  v.array(StoredSnapshotSchema, 'must be a list'),
  v.check((list) => new Set(list.map((snapshot) => snapshot.takenAt)).size === list.length, 'must not hold two snapshots taken at one time'),
  v.transform((list): Snapshot[] => newestSnapshots(list)),
);

/**
 * Reads each snapshot of a list on its own (`schema`: saved progress's or an
 * export file's), so a damaged one costs only itself: the readable ones, the
 * first of any two with one identity, the newest MAX_READ_SNAPSHOTS, and how many
 * were left out as unreadable. Two with one id: the first.
 */
export function readEachSnapshot(list: readonly unknown[], schema: typeof SnapshotSchema | typeof StoredSnapshotSchema): { snapshots: Snapshot[]; unreadable: number } {
  const kept = new Map<string, Snapshot>();
  let unreadable = 0;
  for (const value of list) {
    const snapshot = v.safeParse(schema, value);
    if (!snapshot.success) unreadable += 1;
    else if (!kept.has(snapshotIdentity(snapshot.output))) kept.set(snapshotIdentity(snapshot.output), snapshot.output);
  }
  return { snapshots: newestSnapshots([...kept.values()]), unreadable };
}

/** The newest MAX_READ_SNAPSHOTS, oldest first. */
function newestSnapshots(list: Snapshot[]): Snapshot[] {
  return oldestFirst(list).slice(-MAX_READ_SNAPSHOTS);
}

/**
 * Snapshots deleted in this browser (saved progress only); fields a later
 * version adds are kept. Past MAX_DELETED_SNAPSHOTS the latest deletions are
 * kept rather than the record made unreadable.
 */
export const DeletedSnapshotsSchema = v.pipe(
  v.array(v.looseObject(fields({ id: v.optional(SnapshotIdSchema), takenAt: TimestampSchema, deletedAt: TimestampSchema })), 'must be a list'),
  v.transform((list): DeletedSnapshot[] => latestDeletions(list)),
);
