import type { PracticeResponse } from './response.js';

/** Saved progress for one framework under one storage key. */
export interface ProgressRecord {
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
}

export function emptyRecord(frameworkId: string, frameworkVersion: string): ProgressRecord {
  return { frameworkId, frameworkVersion, responses: new Map() };
}

export function withResponse(record: ProgressRecord, practiceId: string, response: PracticeResponse): ProgressRecord {
  const responses = new Map(record.responses);
  responses.set(practiceId, response);
  return { ...record, responses };
}

export function clearRecord(record: ProgressRecord, clearedAt: string): ProgressRecord {
  return { ...record, clearedAt, responses: new Map() };
}
