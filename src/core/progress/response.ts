import type { RatingLevel } from '../framework/framework-schema.js';
import { isCalendarDate } from '../local-date.js';
import { keptName } from '../tailoring/profile.js';

/** What a person has said about one practice. */
export interface PracticeResponse {
  /** Id of a level on the framework's rating scale. */
  readonly level: string;
  /** Not-applicable practices leave every score's denominator. */
  readonly notApplicable: boolean;
  /** Free text: next steps, evidence, who is responsible. Always rendered as text. */
  readonly note: string;
  /** "Who": the person or team taking the next step, as written (trimmed, cut to NAME_MAX_LENGTH); absent when blank. */
  readonly owner?: string;
  /** "By when": the next step's date, `YYYY-MM-DD` (a calendar date, no time or zone); absent when not set. */
  readonly due?: string;
  /** When this response last changed (ISO 8601, UTC), by the change clock (hybrid-clock.ts); the newer response wins when records merge. */
  readonly changedAt: string;
  /**
   * This computer's time at that change, the date people read ("Last
   * changed"), where the change clock was ahead of it by WALL_CLOCK_BEHIND
   * or more (after one save from a clock running fast); absent when the two
   * agree. Optional within format version 1: older widgets keep it.
   */
  readonly wallAt?: string;
}

/** How far the change clock may run ahead of this computer's before a change keeps the computer's time too: less is not seen in a date. */
export const WALL_CLOCK_BEHIND = 60_000;

/** The date people read for when `response` last changed: this computer's time, where it was kept, else the change time. */
export const changedOn = (response: PracticeResponse): string => response.wallAt ?? response.changedAt;

/** A change a person makes to one practice. `owner` or `due` blank takes it away. */
export type ResponseChange =
  | { readonly level: string }
  | { readonly notApplicable: boolean }
  | { readonly note: string }
  | { readonly owner: string }
  | { readonly due: string };

/**
 * Applies one change. "In place" (any level above the lowest) and
 * "not applicable" exclude each other, so choosing one clears the other:
 * a practice is either assessed or set aside, never both.
 */
export function applyChange(
  previous: PracticeResponse | undefined,
  change: ResponseChange,
  scale: readonly RatingLevel[],
  changedAt: string,
  wallAt?: string,
): PracticeResponse {
  const lowest = scale[0].id;
  // A time of this computer's kept for an earlier change is not this one's.
  const { wallAt: _earlier, ...base } = previous ?? { level: lowest, notApplicable: false, note: '', changedAt };
  const ahead = wallAt === undefined ? 0 : Date.parse(changedAt) - Date.parse(wallAt);
  const stamp = { changedAt, ...(ahead >= WALL_CLOCK_BEHIND ? { wallAt } : {}) };
  if ('level' in change) {
    return { ...base, level: change.level, notApplicable: change.level === lowest ? base.notApplicable : false, ...stamp };
  }
  if ('notApplicable' in change) {
    return { ...base, notApplicable: change.notApplicable, level: change.notApplicable ? lowest : base.level, ...stamp };
  }
  if ('owner' in change) return { ...withOptional(base, 'owner', keptName(change.owner)), ...stamp };
  // A date input gives "" or a real date; anything else is no date rather than a wrong one.
  if ('due' in change) return { ...withOptional(base, 'due', isCalendarDate(change.due) ? change.due : ''), ...stamp };
  return { ...base, note: change.note, ...stamp };
}

/** Sets an optional field, leaving it out when blank, so records and files hold no empty fields. */
function withOptional(base: PracticeResponse, key: 'owner' | 'due', value: string): PracticeResponse {
  const { [key]: _previous, ...rest } = base;
  return value ? { ...rest, [key]: value } : rest;
}

/**
 * Exactly the fields this version knows, copied one by one so that nothing
 * else rides along (export files, imports): `changedAt` may be replaced.
 */
export function knownResponseFields({ level, notApplicable, note, owner, due, changedAt }: PracticeResponse, stamp = changedAt): PracticeResponse {
  return { level, notApplicable, note, ...(owner === undefined ? {} : { owner }), ...(due === undefined ? {} : { due }), changedAt: stamp };
}

