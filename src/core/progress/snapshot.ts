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
 * A dated copy of the answers. Never changed once taken: its identity is
 * `takenAt` (the widget's clock gives each change its own time), so two
 * tabs holding the same time hold the same snapshot. Notes are not copied:
 * a snapshot records where the organisation stood, not what was written
 * about it, and twelve copies of every note would crowd saved progress.
 */
export interface Snapshot {
  readonly takenAt: string;
  /** A short name the person gave it ("Board, March"), if any. */
  readonly label?: string;
  /** Keyed by practice id: the answers of the practices the framework listed when it was taken. */
  readonly answers: ReadonlyMap<string, SnapshotAnswer>;
}

/** A snapshot the person deleted, kept as its time so that another tab still holding it cannot bring it back. */
export interface DeletedSnapshot {
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
  const deletedByTime = new Map<string, DeletedSnapshot>();
  for (const entry of [...(a.deletedSnapshots ?? []), ...(b.deletedSnapshots ?? [])]) {
    const known = deletedByTime.get(entry.takenAt);
    if (!known || entry.deletedAt > known.deletedAt) deletedByTime.set(entry.takenAt, entry);
  }
  const deleted = latestDeletions([...deletedByTime.values()]);
  const gone = new Set(deleted.map((entry) => entry.takenAt));
  const byTime = new Map<string, Snapshot>();
  for (const snapshot of [...(a.snapshots ?? []), ...(b.snapshots ?? [])]) {
    if (gone.has(snapshot.takenAt)) continue;
    const known = byTime.get(snapshot.takenAt);
    // Two different snapshots at one instant (two computers' clocks): keep one, chosen by content, so the merge is commutative.
    if (!known || contentKey(snapshot) > contentKey(known)) byTime.set(snapshot.takenAt, snapshot);
  }
  return snapshotFields(oldestFirst([...byTime.values()]), deleted);
}

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
  const known = new Set([...kept, ...(own.deletedSnapshots ?? [])].map((entry) => entry.takenAt));
  const fresh = oldestFirst(file.filter((snapshot) => !known.has(snapshot.takenAt)));
  const room = Math.max(0, MAX_SNAPSHOTS - kept.length);
  const added = room ? fresh.slice(-room) : [];
  return { fields: snapshotFields(oldestFirst([...kept, ...added]), own.deletedSnapshots ?? []), added: added.length, leftOut: fresh.length - added.length };
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
  const newestFirst = [...deleted].sort((a, b) => (a.deletedAt !== b.deletedAt ? (a.deletedAt < b.deletedAt ? 1 : -1) : a.takenAt < b.takenAt ? -1 : 1));
  return newestFirst.slice(0, MAX_DELETED_SNAPSHOTS).sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : 0));
}

function contentKey(snapshot: Snapshot): string {
  return jsonText([snapshot.label ?? '', [...snapshot.answers].sort(([a], [b]) => (a < b ? -1 : 1))]);
}

