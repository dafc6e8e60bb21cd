import type { ProgressRecord } from './progress-record.js';
import type { PracticeResponse } from './response.js';

/**
 * Combines two copies of one record (this tab's and another tab's) so
 * neither loses an edit: per practice the newer response wins, and a
 * Reset removes only what changed before it. Commutative, so both tabs
 * reach the same result; the framework identity is taken from `local`.
 */
export function mergeRecords(local: ProgressRecord, incoming: ProgressRecord): ProgressRecord {
  const clearedAt = later(local.clearedAt, incoming.clearedAt);
  const responses = new Map<string, PracticeResponse>();
  for (const id of new Set([...local.responses.keys(), ...incoming.responses.keys()])) {
    const winner = newer(local.responses.get(id), incoming.responses.get(id));
    if (winner && (clearedAt === undefined || winner.changedAt > clearedAt)) responses.set(id, winner);
  }
  const profile = newer(local.profile, incoming.profile);
  const extra = local.extra || incoming.extra ? { extra: { ...incoming.extra, ...local.extra } } : {};
  const merged = { frameworkId: local.frameworkId, frameworkVersion: local.frameworkVersion, responses, ...(profile ? { profile } : {}), ...extra };
  return clearedAt === undefined ? merged : { ...merged, clearedAt };
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function newer<T extends { readonly changedAt: string }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a || !b) return a ?? b;
  if (a.changedAt !== b.changedAt) return a.changedAt > b.changedAt ? a : b;
  // Same instant: pick by content so that merging is commutative.
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}
