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
  /** When this response last changed (ISO 8601, UTC); the newer response wins when records merge. */
  readonly changedAt: string;
}

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
): PracticeResponse {
  const lowest = scale[0].id;
  const base = previous ?? { level: lowest, notApplicable: false, note: '', changedAt };
  if ('level' in change) {
    return { ...base, level: change.level, notApplicable: change.level === lowest ? base.notApplicable : false, changedAt };
  }
  if ('notApplicable' in change) {
    return { ...base, notApplicable: change.notApplicable, level: change.notApplicable ? lowest : base.level, changedAt };
  }
  if ('owner' in change) return withOptional(base, 'owner', keptName(change.owner), changedAt);
  // A date input gives "" or a real date; anything else is no date rather than a wrong one.
  if ('due' in change) return withOptional(base, 'due', isCalendarDate(change.due) ? change.due : '', changedAt);
  return { ...base, note: change.note, changedAt };
}

/** Sets an optional field, leaving it out when blank, so records and files hold no empty fields. */
function withOptional(base: PracticeResponse, key: 'owner' | 'due', value: string, changedAt: string): PracticeResponse {
  const { [key]: _previous, ...rest } = base;
  return value ? { ...rest, [key]: value, changedAt } : { ...rest, changedAt };
}

/**
 * Exactly the fields this version knows, copied one by one so that nothing
 * else rides along (export files, imports): `changedAt` may be replaced.
 */
export function knownResponseFields({ level, notApplicable, note, owner, due, changedAt }: PracticeResponse, stamp = changedAt): PracticeResponse {
  return { level, notApplicable, note, ...(owner === undefined ? {} : { owner }), ...(due === undefined ? {} : { due }), changedAt: stamp };
}

