import { jsonText, sameData } from '../own-data.js';
import { recordData } from './record-codec.js';
import type { ProgressRecord } from './progress-record.js';
import type { PracticeResponse } from './response.js';
import { mergeSnapshots } from './snapshot.js';

/** Per key the newer entry wins; entries changed before the latest Reset are gone. */
function mergeByKey<T extends { readonly changedAt: string }>(
  local: ReadonlyMap<string, T> | undefined,
  incoming: ReadonlyMap<string, T> | undefined,
  clearedAt: string | undefined,
): Map<string, T> {
  const merged = new Map<string, T>();
  for (const id of new Set([...(local?.keys() ?? []), ...(incoming?.keys() ?? [])])) {
    const winner = newer(local?.get(id), incoming?.get(id));
    if (winner && (clearedAt === undefined || winner.changedAt > clearedAt)) merged.set(id, winner);
  }
  return merged;
}

/**
 * Combines two copies of one record (this tab's and another tab's) so
 * neither loses an edit: per practice the newer response wins, and a
 * Reset removes only what changed before it. Commutative, so both tabs
 * reach the same result; the framework identity is taken from `local`.
 */
export function mergeRecords(local: ProgressRecord, incoming: ProgressRecord): ProgressRecord {
  const clearedAt = later(local.clearedAt, incoming.clearedAt);
  const responses: Map<string, PracticeResponse> = mergeByKey(local.responses, incoming.responses, clearedAt);
  const reviews = mergeByKey(local.reviews, incoming.reviews, clearedAt);
  const profile = newer(local.profile, incoming.profile);
  const merged = {
    frameworkId: local.frameworkId,
    frameworkVersion: local.frameworkVersion,
    responses,
    ...(profile ? { profile } : {}),
    ...(reviews.size > 0 ? { reviews } : {}),
    // Snapshots never change, so they merge as a union, less those either copy deleted; a Reset does not touch them.
    ...mergeSnapshots(local, incoming),
    // Fields a newer minor version wrote: this tab's copy first, the other's where this one has none.
    ...(local.extra || incoming.extra ? { extra: { ...incoming.extra, ...local.extra } } : {}),
  };
  return clearedAt === undefined ? merged : { ...merged, clearedAt };
}

/**
 * `stored` merged with `own`, if `own` holds anything `stored` lacks (a
 * change, a snapshot, a deletion); `undefined` if merging changes nothing.
 * A tab that took in another tab's save uses it to know whether to write the
 * merge back: without that, storage keeps the last writer only. Compared as
 * values, not as text: two tabs build the same record in different orders,
 * and must not write it back and forth for ever.
 */
export function mergedIfAdds(stored: ProgressRecord, own: ProgressRecord): ProgressRecord | undefined {
  const merged = mergeRecords(stored, own);
  return sameData(recordData(merged, ''), recordData(stored, '')) ? undefined : merged;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function newer<T extends { readonly changedAt: string }>(a: T | undefined, b: T | undefined): T | undefined {
  // The same object, as most are when a record meets a copy of itself: nothing to choose.
  if (!a || !b || a === b) return a ?? b;
  if (a.changedAt !== b.changedAt) return a.changedAt > b.changedAt ? a : b;
  // Same instant: pick by content so that merging is commutative.
  return jsonText(a) >= jsonText(b) ? a : b;
}
