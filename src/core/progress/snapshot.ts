import { jsonText } from '../own-data.js';
import { NAME_MAX_LENGTH } from '../tailoring/profile.js';

/**
 * "Progress over time": a dated copy of the answers, kept with the record,
 * so that a board can see in six months what has changed since. This module
 * is what saved progress needs (the shape, the bounds, merging between tabs);
 * taking and deleting (snapshot-change.ts) and scoring then and now
 * (progress-since.ts) load with the extras.
 */

/** What a snapshot keeps of an answer: only what the scores need. */
export interface SnapshotAnswer {
  readonly level: string;
  readonly notApplicable: boolean;
}

/**
 * A dated copy of the answers. Never changed once taken, except that its
 * time may move on a millisecond (see `mergeSnapshots`). Its identity is its
 * `id` (random, given when it is taken), so snapshots that several tabs take
 * in one millisecond are all kept; snapshots saved before ids (no `id`) are
 * known by their `takenAt`. Notes are not copied:
 * a snapshot records where the organisation stood, not what was written
 * about it, and twelve copies of every note would crowd saved progress.
 */
export interface Snapshot {
  /** Random, given when taken; absent on snapshots saved before ids. */
  readonly id?: string;
  readonly takenAt: string;
  /** A short name the person gave it ("Board, March"), if any. */
  readonly label?: string;
  /** Keyed by practice id: the answers of the practices the framework listed when it was taken. */
  readonly answers: ReadonlyMap<string, SnapshotAnswer>;
}

/**
 * A snapshot the person deleted, kept as its identity so that another tab
 * still holding it cannot bring it back. Without `id` (deleted by a version
 * before ids) it removes every snapshot taken at `takenAt`.
 */
export interface DeletedSnapshot {
  readonly id?: string;
  readonly takenAt: string;
  readonly deletedAt: string;
}

/**
 * The history a record keeps beside its answers. Declared here, and taken
 * into ProgressRecord, so that this module needs nothing from the record's.
 */
export interface SnapshotHistory {
  /**
   * Dated copies of the answers ("Save a snapshot"), oldest first; absent
   * until one is taken. Reset keeps them: they are history, not answers.
   */
  readonly snapshots?: readonly Snapshot[];
  /** Snapshots deleted here, so that a tab still holding one cannot bring it back when records merge. */
  readonly deletedSnapshots?: readonly DeletedSnapshot[];
}

/**
 * How many snapshots Save a snapshot keeps: a quarterly review for three
 * years, or a monthly one for a year. When full, saving is refused and the
 * person deletes one: the oldest is never dropped on its own, since it is
 * often the board's baseline.
 */
export const MAX_SNAPSHOTS = 12;
/**
 * How many snapshots are read from a record or a file: past it, the newest
 * are kept. Above MAX_SNAPSHOTS because tabs merging their snapshots may
 * pass it for a while, and that must not make saved progress unreadable.
 */
export const MAX_READ_SNAPSHOTS = 100;
/** Deleted snapshots remembered, newest deletions first: far more than a tab could still hold. */
export const MAX_DELETED_SNAPSHOTS = 50;
/** A label is a short name, not a note: kept as every name is (keptName). */
export const SNAPSHOT_LABEL_MAX_LENGTH = NAME_MAX_LENGTH;

/** What a snapshot id may hold: a UUID, or the fallback's hex groups (newSnapshotId); short, so a tampered record cannot carry text in it. */
export const SNAPSHOT_ID = /^[0-9a-f-]{8,40}$/i;

/** What a snapshot is known by: its id, or for one saved before ids, its time. */
export const snapshotIdentity = (entry: { readonly id?: string; readonly takenAt: string }): string => entry.id ?? entry.takenAt;

/**
 * The snapshots of two copies of a record (two tabs'): every snapshot
 * either holds, less those either has deleted. Commutative and idempotent,
 * so every tab reaches the same list. It may pass MAX_SNAPSHOTS for a while
 * (each tab saved some); reading keeps the newest MAX_READ_SNAPSHOTS.
 */
export function mergeSnapshots(
  a: SnapshotHistory,
  b: SnapshotHistory,
): SnapshotHistory {
  const deletedByIdentity = new Map<string, DeletedSnapshot>();
  for (const entry of [...(a.deletedSnapshots ?? []), ...(b.deletedSnapshots ?? [])]) {
    const known = deletedByIdentity.get(snapshotIdentity(entry));
    if (!known || entry.deletedAt > known.deletedAt) deletedByIdentity.set(snapshotIdentity(entry), entry);
  }
  const deleted = latestDeletions([...deletedByIdentity.values()]);
  const byIdentity = new Map<string, Snapshot>();
  for (const snapshot of [...(a.snapshots ?? []), ...(b.snapshots ?? [])]) {
    if (isDeleted(snapshot, deleted)) continue;
    const known = byIdentity.get(snapshotIdentity(snapshot));
    // One snapshot with two times (one copy moved it on, below): the later. Otherwise (two computers' clocks, or an edited file) chosen by content, so the merge is commutative.
    if (!known || snapshot.takenAt > known.takenAt || (snapshot.takenAt === known.takenAt && contentKey(snapshot) > contentKey(known))) {
      byIdentity.set(snapshotIdentity(snapshot), snapshot);
    }
  }
  return snapshotFields(oneAtEachTime([...byIdentity.values()], deleted), deleted);
}

/** Whether a deletion covers `snapshot`: by id, or, for a deletion made before ids, by time. */
export function isDeleted(snapshot: Snapshot, deleted: readonly DeletedSnapshot[]): boolean {
  return deleted.some((entry) => (entry.id === undefined ? entry.takenAt === snapshot.takenAt : entry.id === snapshot.id));
}

/**
 * Oldest first, no two at one time: snapshots several tabs took in one
 * millisecond have one id each but one time, and saved progress has always
 * held each time once (a version before ids refuses a list with two, and
 * the person's list names them by time). So each one after the first at a
 * time is moved on a millisecond, in id order: the same list gives the same
 * times in every tab, and a moved snapshot wins over its older copy when
 * records merge (the later time), so the merge stays idempotent. A time a
 * deletion without id names (a version before ids deleted there) is passed
 * over too, or the moved snapshot would be deleted at the next merge.
 */
function oneAtEachTime(snapshots: Snapshot[], deleted: readonly DeletedSnapshot[]): Snapshot[] {
  const ordered = snapshots.sort((x, y) => compare(x.takenAt, y.takenAt) || compare(snapshotIdentity(x), snapshotIdentity(y)));
  const deletedTimes = new Set(deleted.filter((entry) => entry.id === undefined).map((entry) => entry.takenAt));
  let previous = '';
  return ordered.map((snapshot) => {
    let takenAt = snapshot.takenAt;
    while (takenAt <= previous || (takenAt !== snapshot.takenAt && deletedTimes.has(takenAt))) takenAt = new Date(Date.parse(takenAt) + 1).toISOString();
    previous = takenAt;
    return takenAt === snapshot.takenAt ? snapshot : { ...snapshot, takenAt };
  });
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** What an import does to the snapshots kept here. */
export interface ImportedSnapshots {
  readonly fields: SnapshotHistory;
  /** The file's snapshots added. */
  readonly added: number;
  /** The file's snapshots left out because MAX_SNAPSHOTS would be passed. */
  readonly leftOut: number;
}

/**
 * The snapshots after importing a file's: every one kept here stays (they
 * are the person's own history), then the file's newest that fit within
 * MAX_SNAPSHOTS are added. A file's snapshot already here, or deleted here,
 * is neither added nor counted.
 */
export function withImportedSnapshots(own: SnapshotHistory, file: readonly Snapshot[]): ImportedSnapshots {
  const kept = own.snapshots ?? [];
  const deleted = own.deletedSnapshots ?? [];
  // A file's snapshot without id (written by a version before ids, which drops them) is known here by its time.
  const known = new Set([...kept.map(snapshotIdentity), ...kept.map((snapshot) => snapshot.takenAt)]);
  const isKnown = (snapshot: Snapshot) => known.has(snapshot.id ?? snapshot.takenAt);
  const fresh = oldestFirst(file.filter((snapshot) => !isKnown(snapshot) && !isDeleted(snapshot, deleted)));
  const room = Math.max(0, MAX_SNAPSHOTS - kept.length);
  const added = room ? fresh.slice(-room) : [];
  return { fields: snapshotFields(oneAtEachTime([...kept, ...added], deleted), deleted), added: added.length, leftOut: fresh.length - added.length };
}

/** A record's snapshot fields, each left out when empty, as every other optional part of a record is. */
export function snapshotFields(snapshots: readonly Snapshot[], deleted: readonly DeletedSnapshot[]): SnapshotHistory {
  return { ...(snapshots.length ? { snapshots } : {}), ...(deleted.length ? { deletedSnapshots: deleted } : {}) };
}

/** Oldest first, as a board reads its history. Sorts in place: callers pass a list of their own. */
export function oldestFirst(snapshots: Snapshot[]): Snapshot[] {
  return snapshots.sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0));
}

/** The most recent deletions, in a fixed order (by time taken), so that equal sets compare equal. */
export function latestDeletions(deleted: DeletedSnapshot[]): DeletedSnapshot[] {
  const newestFirst = [...deleted].sort((a, b) => compare(b.deletedAt, a.deletedAt) || compare(a.takenAt, b.takenAt) || compare(snapshotIdentity(a), snapshotIdentity(b)));
  return newestFirst.slice(0, MAX_DELETED_SNAPSHOTS).sort((a, b) => compare(a.takenAt, b.takenAt) || compare(snapshotIdentity(a), snapshotIdentity(b)));
}

function contentKey(snapshot: Snapshot): string {
  return jsonText([snapshot.label ?? '', [...snapshot.answers].sort(([a], [b]) => (a < b ? -1 : 1))]);
}

