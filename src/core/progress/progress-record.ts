import type { OrganisationProfile } from '../tailoring/profile.js';
import { knownResponseFields, type PracticeResponse } from './response.js';
import type { SnapshotHistory } from './snapshot.js';

/** Whether the person has said they have been through a behaviour ("I have reviewed this"). */
export interface BehaviourReview {
  readonly reviewed: boolean;
  /** When it last changed: records merge per behaviour, the newer winning, as responses do. */
  readonly changedAt: string;
}

/** Saved progress for one framework under one storage key. */
export interface ProgressRecord extends SnapshotHistory {
  readonly frameworkId: string;
  readonly frameworkVersion: string;
  /**
   * When the person last chose Reset. Responses changed before this are
   * gone; kept so that a tab still holding older responses cannot bring
   * them back when records merge.
   */
  readonly clearedAt?: string;
  /** Keyed by practice id. Responses to practices a framework no longer lists are kept. */
  readonly responses: ReadonlyMap<string, PracticeResponse>;
  /** "About your organisation", if given. Reset leaves it: it describes the organisation, not the answers. */
  readonly profile?: OrganisationProfile;
  /**
   * Top-level fields of the saved record this version does not know (a
   * newer minor version's), written back unchanged so saving here loses
   * nothing. Unknown fields of responses stay on the responses.
   */
  readonly extra?: Readonly<Record<string, unknown>>;
  /**
   * Keyed by behaviour id; absent until a behaviour is first marked
   * reviewed. Reset clears it with the responses: a review vouches for them.
   */
  readonly reviews?: ReadonlyMap<string, BehaviourReview>;
}

export function emptyRecord(frameworkId: string, frameworkVersion: string): ProgressRecord {
  return { frameworkId, frameworkVersion, responses: new Map() };
}

export function withResponse(record: ProgressRecord, practiceId: string, response: PracticeResponse): ProgressRecord {
  const responses = new Map(record.responses);
  responses.set(practiceId, response);
  return { ...record, responses };
}

/** Reset: every answer and review goes; "About your organisation" and the snapshots (history) stay. */
export function clearRecord(record: ProgressRecord, clearedAt: string): ProgressRecord {
  const { reviews: _cleared, ...rest } = record;
  return { ...rest, clearedAt, responses: new Map() };
}

export function withReview(record: ProgressRecord, behaviourId: string, review: BehaviourReview): ProgressRecord {
  const reviews = new Map(record.reviews);
  reviews.set(behaviourId, review);
  return { ...record, reviews };
}

/** The latest time anywhere in `record`: a change made after seeing it must be stamped later (hybrid-clock.ts). */
export function latestTime(record: ProgressRecord): string | undefined {
  let latest = record.clearedAt;
  const consider = (time: string) => {
    if (latest === undefined || time > latest) latest = time;
  };
  for (const response of record.responses.values()) consider(response.changedAt);
  if (record.profile) consider(record.profile.changedAt);
  for (const review of record.reviews?.values() ?? []) consider(review.changedAt);
  for (const snapshot of record.snapshots ?? []) consider(snapshot.takenAt);
  for (const deleted of record.deletedSnapshots ?? []) consider(deleted.deletedAt);
  return latest;
}

/**
 * Undoes a Reset: every response and review `cleared` held comes back, stamped
 * `restoredAt`, except where `current` already has a response. Those were
 * made after the Reset, in this tab or another, and are kept: Undo gives
 * back what the Reset took, never what was done since.
 */
export function restoreCleared(current: ProgressRecord, cleared: ProgressRecord, restoredAt: string): ProgressRecord {
  const responses = new Map(current.responses);
  for (const [id, response] of cleared.responses) if (!responses.has(id)) responses.set(id, { ...response, changedAt: restoredAt });
  const reviews = new Map(current.reviews);
  for (const [id, review] of cleared.reviews ?? []) if (!reviews.has(id)) reviews.set(id, { ...review, changedAt: restoredAt });
  return { ...current, responses, ...(reviews.size > 0 ? { reviews } : {}) };
}

/**
 * The record that replaces the person's progress when they confirm an
 * import (or undo a Reset): the imported responses, every one stamped
 * `importedAt`, and a reset just before it.
 *
 * Why not simply put the imported record in place: records from open tabs
 * merge per practice, newer response winning (merge-records.ts). Another tab
 * still holding the old progress would bring back every answer the file
 * does not have, and win wherever its answer is newer than the file's. The
 * reset clears everything changed before the import in every tab, and the
 * fresh stamps make the imported responses the newest. Edits made after the
 * import, in any tab, still win as usual.
 *
 * The trade-off: the original change times are not kept in the record.
 * The export file itself is the history.
 *
 * The file's snapshots are not part of it: an import replaces answers,
 * never history, so the controller adds them to those kept here
 * (withImportedSnapshots), as many as fit within MAX_SNAPSHOTS.
 *
 * The reset is one millisecond before `importedAt`, not at it, because a
 * merge keeps only responses changed strictly after the latest reset:
 * responses stamped at the reset time itself would all be dropped. The
 * widget's clock (hybrid-clock.ts) makes `importedAt` later than every time
 * it has issued or seen, so all of those are at or before the reset and
 * nothing earlier survives, even if it was stamped by a fast clock.
 *
 * `importedAt` must be a time (ISO 8601); it is written the one way
 * Date#toISOString writes it, as every time is compared as text.
 */
export function asReplacement(imported: ProgressRecord, importedAt: string): ProgressRecord {
  const time = Date.parse(importedAt);
  if (Number.isNaN(time)) throw new RangeError(`asReplacement needs a time, not "${importedAt}"`);
  const changedAt = new Date(time).toISOString();
  const responses = new Map<string, PracticeResponse>();
  for (const [id, response] of imported.responses) responses.set(id, knownResponseFields(response, changedAt));
  const reviews = new Map([...(imported.reviews ?? [])].map(([id, { reviewed }]) => [id, { reviewed, changedAt }]));
  return {
    frameworkId: imported.frameworkId,
    frameworkVersion: imported.frameworkVersion,
    clearedAt: new Date(time - 1).toISOString(),
    responses,
    ...(imported.profile ? { profile: { ...imported.profile, changedAt } } : {}),
    ...(reviews.size > 0 ? { reviews } : {}),
  };
}

export function withProfile(record: ProgressRecord, profile: OrganisationProfile): ProgressRecord {
  return { ...record, profile };
}

/**
 * Answers to practices the framework does not list are kept (a practice
 * may come back), but only this many: every save writes and merges the
 * whole record, and 20,000 of them made each keystroke take a second.
 * Beyond it, they are set aside (the export file or the copy kept aside
 * holds them), never carried on every save.
 */
export const MAX_UNKNOWN_ANSWERS = 1000;

/** `record` with at most MAX_UNKNOWN_ANSWERS answers to practices not in `known`, and how many were dropped. */
export function withoutExcessUnknown(record: ProgressRecord, known: ReadonlySet<string>): { record: ProgressRecord; dropped: number } {
  let unknown = 0;
  const responses = new Map<string, PracticeResponse>();
  for (const [id, response] of record.responses) {
    if (!known.has(id) && (unknown += 1) > MAX_UNKNOWN_ANSWERS) continue;
    responses.set(id, response);
  }
  const dropped = Math.max(0, unknown - MAX_UNKNOWN_ANSWERS);
  return { record: dropped ? { ...record, responses } : record, dropped };
}
