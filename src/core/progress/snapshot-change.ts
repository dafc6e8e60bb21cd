import type { ProgressRecord } from './progress-record.js';
import { keptName } from '../tailoring/profile.js';
import { latestDeletions, snapshotFields, oldestFirst, snapshotIdentity, SNAPSHOT_ID, MAX_SNAPSHOTS, type DeletedSnapshot, type Snapshot, type SnapshotAnswer } from './snapshot.js';

export type SnapshotTaking =
  | { readonly ok: true; readonly record: ProgressRecord; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly problem: 'full'; readonly max: number };

/**
 * `record` with a snapshot of its answers taken at `takenAt` (this
 * computer's time, `wallTime`: it is the date people read), or why not.
 * A snapshot's time is also its identity, and the wall clock may repeat
 * itself or go back, so a time the record already holds (kept or deleted)
 * is moved on a millisecond at a time until it is new.
 * Only the answers to `practiceIds` (the framework's) are copied, so a
 * snapshot's size follows the checklist, not what a record carries for
 * practices it no longer lists. `record` is never changed. `id` is the
 * snapshot's identity (newSnapshotId), so that snapshots other tabs take in
 * the same millisecond are kept beside it.
 */
export function takeSnapshot(record: ProgressRecord, takenAt: string, practiceIds: ReadonlySet<string>, label?: string, id = newSnapshotId()): SnapshotTaking {
  const snapshots = record.snapshots ?? [];
  if (snapshots.length >= MAX_SNAPSHOTS) return { ok: false, problem: 'full', max: MAX_SNAPSHOTS };
  const answers = new Map<string, SnapshotAnswer>();
  for (const [id, { level, notApplicable }] of record.responses) if (practiceIds.has(id)) answers.set(id, { level, notApplicable });
  const name = label === undefined ? undefined : keptName(label);
  const used = new Set([...snapshots, ...(record.deletedSnapshots ?? [])].map((entry) => entry.takenAt));
  let time = takenAt;
  while (used.has(time)) time = new Date(Date.parse(time) + 1).toISOString();
  const snapshot: Snapshot = { id, takenAt: time, ...(name ? { label: name } : {}), answers };
  return { ok: true, record: { ...record, snapshots: oldestFirst([...snapshots, snapshot]) }, snapshot };
}

/**
 * `record` without the snapshot taken at `takenAt` (a record holds one at
 * each time), remembered as deleted, by its identity, so no other tab
 * brings it back.
 */
export function deleteSnapshot(record: ProgressRecord, takenAt: string, deletedAt: string): ProgressRecord {
  const gone: { readonly id?: string; readonly takenAt: string } = (record.snapshots ?? []).find((snapshot) => snapshot.takenAt === takenAt) ?? { takenAt };
  const identity = snapshotIdentity(gone);
  const snapshots = (record.snapshots ?? []).filter((snapshot) => snapshot !== gone);
  const others = (record.deletedSnapshots ?? []).filter((entry) => snapshotIdentity(entry) !== identity);
  const deleted = latestDeletions([...others, { ...(gone.id === undefined ? {} : { id: gone.id }), takenAt, deletedAt }]);
  return withHistory(record, snapshots, deleted);
}

let warnedOfRandom = false;

/**
 * A new snapshot's id: random, so that two tabs, or two computers, never
 * give one to two snapshots. crypto.randomUUID where the page has it (not
 * on http: pages, nor where a host page broke it); otherwise Math.random,
 * with one warning: enough for snapshots one person takes.
 */
export function newSnapshotId(): string {
  try {
    const id: unknown = globalThis.crypto.randomUUID();
    if (typeof id === 'string' && SNAPSHOT_ID.test(id)) return id;
  } catch {
    // Missing or broken: the fallback below.
  }
  if (!warnedOfRandom) {
    warnedOfRandom = true;
    console.warn('<collab-checklist>: crypto.randomUUID() is missing on this page; using Math.random().');
  }
  const random = () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0');
  return `${random()}-${random()}-${random()}-${random()}`;
}


/** The record with `snapshots` and `deletedSnapshots` set, each left out when empty. */
function withHistory(record: ProgressRecord, snapshots: readonly Snapshot[], deleted: readonly DeletedSnapshot[]): ProgressRecord {
  const { snapshots: _snapshots, deletedSnapshots: _deleted, ...rest } = record;
  return { ...rest, ...snapshotFields(snapshots, deleted) };
}

